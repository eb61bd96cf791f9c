/** Async iteration over every page of ListIdentityPools, ListIdentities and LookupDeveloperIdentity. */
import { operations } from '../../generated/service-metadata.ts';
import type { CallOptions, CognitoIdentityClient } from './create-client.ts';
import type { Input, Output, PaginatedOperationName } from './types.ts';

/**
 * Yields each page of a paginated operation, passing each response's token into the next request, until a
 * response carries none (or repeats the token it was given, which would loop forever).
 */
export async function* paginate<Op extends PaginatedOperationName>(
  client: CognitoIdentityClient, operation: Op, input: Input<Op>, options?: CallOptions,
): AsyncGenerator<Output<Op>, void, undefined> {
  const { inputToken, outputToken } = operations[operation].pagination;
  let request = { ...input } as Record<string, unknown>;
  for (;;) {
    const page = await client.send(operation, request as Input<Op>, options);
    yield page;
    const next = (page as Record<string, unknown>)[outputToken];
    if (typeof next !== 'string' || next === '' || next === request[inputToken]) return;
    request = { ...request, [inputToken]: next };
  }
}

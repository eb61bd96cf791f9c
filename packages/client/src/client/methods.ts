/**
 * The everything-client over a context: every operation as a method (over the per-operation functions of
 * generated/operations/), `send(name, input)`, and `raw`, the openapi-fetch client, made on first use by
 * the factory each entry passes (the Node entry loads openapi-fetch only then).
 */
import type createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi-types.ts';
import type { MEDIA_TYPE } from '../protocol.ts';
import { operations } from '../../generated/service-metadata.ts';
import type { CallOptions, CognitoIdentityContext } from './context.ts';
import { CognitoIdentityConfigError, type CognitoIdentityError } from './errors.ts';
import { createSigningFetchOver } from './signing-fetch.ts';
import type { Signer } from './signer.ts';
import { methodNameOf, type ErrorTypeOf, type Input, type MethodName, type OperationName, type Output } from './types.ts';


/** The methods, one per operation: `getId(input)` resolves with GetId's output or rejects with its errors. */
export type OperationMethods = {
  [Op in OperationName as MethodName<Op>]: (input: Input<Op>, options?: CallOptions) => Promise<Output<Op>>;
};

/** The client. */
export interface CognitoIdentityClient extends OperationMethods {
  /** Calls an operation by name. */
  send<Op extends OperationName>(operation: Op, input: Input<Op>, options?: CallOptions): Promise<Output<Op>>;
  /** The openapi-fetch client, created on first use: `raw.POST("/#X-Amz-Target=...", { body })`, signed. */
  readonly raw: Client<paths, typeof MEDIA_TYPE>;
  /** The endpoint requests go to. */
  readonly endpoint: string;
  /** The context, for the per-operation functions. */
  readonly context: CognitoIdentityContext;
}

/** The rejection type of an operation's method. */
export type OperationError<Op extends OperationName> = CognitoIdentityError<ErrorTypeOf<Op> | 'UnknownError'>;

type AnyFunction = (context: CognitoIdentityContext, input: unknown, options?: CallOptions) => Promise<unknown>;

/** The per-operation functions by method name (`getId`, ...): each entry passes the set it signs with. */
export type OperationFunctions = Readonly<Record<string, AnyFunction>>;

/** The raw client type. */
export type RawClient = Client<paths, typeof MEDIA_TYPE>;

/**
 * The openapi-fetch client over a context, given openapi-fetch's `createClient` and the entry's signer: the
 * signing fetch sets the wire headers and signs. (The Node entry loads openapi-fetch only when `raw` is first read.)
 */
export function rawClientOf(context: CognitoIdentityContext, create: typeof createClient, signer: Signer): RawClient {
  const fetch = createSigningFetchOver({ region: context.region, credentials: context.credentials, fetch: context.fetch as never, signer: context.signer }, signer);
  return create<paths, typeof MEDIA_TYPE>({ baseUrl: context.endpoint, fetch: (request: Request) => fetch(request) });
}

/** The everything-client over a context and the entry's operation functions; `raw` is made by `makeRaw` on first use. */
export function clientOf(context: CognitoIdentityContext, byName: OperationFunctions, makeRaw: (context: CognitoIdentityContext) => RawClient): CognitoIdentityClient {
  const send = (operation: string, input: unknown, options?: CallOptions) => {
    if (!Object.hasOwn(operations, operation)) return Promise.reject(new CognitoIdentityConfigError(`unknown operation ${JSON.stringify(operation)}`));
    return (byName[methodNameOf(operation)] as AnyFunction)(context, input, options);
  };
  const methods = Object.fromEntries(Object.keys(operations).map((op) => [methodNameOf(op), (input: unknown, options?: CallOptions) => send(op, input, options)]));
  let raw: RawClient | undefined;
  return Object.defineProperty({ ...methods, send, endpoint: context.endpoint, context }, 'raw', {
    get: () => (raw ??= makeRaw(context)), enumerable: true,
  }) as unknown as CognitoIdentityClient;
}

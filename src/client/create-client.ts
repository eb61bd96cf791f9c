/**
 * `createCognitoIdentityClient`: one typed method per operation over openapi-fetch, signed, retried, with
 * errors raised as CognitoIdentityError. `raw` is the openapi-fetch client itself.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi-types.ts';
import { operations } from '../../generated/service-metadata.ts';
import { EMPTY_OUTPUT, TARGET_HEADER, pathKeyOf, targetOf } from '../protocol.ts';
import { type ClientConfig, resolveConfig } from './config.ts';
import { createCredentialCache } from './credentials.ts';
import { CognitoIdentityConfigError, type CognitoIdentityError, toServiceError } from './errors.ts';
import { protocolMiddleware } from './middleware.ts';
import { createTransport } from './transport.ts';
import { methodNameOf, type ErrorTypeOf, type Input, type MethodName, type OperationName, type Output } from './types.ts';

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Extra request headers for this call, such as a mock's `Prefer: code=404`. They are signed with the
   * request; the headers the client sets itself (target, content type, signature) cannot be replaced.
   */
  headers?: Readonly<Record<string, string>>;
}

/** Headers the client writes itself; a call cannot set them. */
const CLIENT_HEADERS = ['x-amz-target', 'content-type', 'content-length', 'host', 'authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

function callHeaders(operation: string, headers: CallOptions['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (headers === null || typeof headers !== 'object') throw new CognitoIdentityConfigError(`${operation}: options.headers must be an object of header names to strings`);
  for (const [name, value] of Object.entries(headers)) {
    if (CLIENT_HEADERS.includes(name.toLowerCase())) throw new CognitoIdentityConfigError(`${operation}: options.headers cannot set ${name}; the client sets it`);
    if (typeof value !== 'string') throw new CognitoIdentityConfigError(`${operation}: options.headers.${name} must be a string`);
  }
  return { ...headers };
}

/** The methods, one per operation: `getId(input)` resolves with GetId's output or rejects with its errors. */
export type OperationMethods = {
  [Op in OperationName as MethodName<Op>]: (input: Input<Op>, options?: CallOptions) => Promise<Output<Op>>;
};

/** The client. */
export interface CognitoIdentityClient extends OperationMethods {
  /** Calls an operation by name. */
  send<Op extends OperationName>(operation: Op, input: Input<Op>, options?: CallOptions): Promise<Output<Op>>;
  /** The underlying openapi-fetch client: `raw.POST("/#X-Amz-Target=...", { body, params })`. */
  readonly raw: Client<paths, 'application/x-amz-json-1.1'>;
  /** The endpoint requests go to. */
  readonly endpoint: string;
}

/** The rejection type of an operation's method. */
export type OperationError<Op extends OperationName> = CognitoIdentityError<ErrorTypeOf<Op> | 'UnknownError'>;

const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/** A client for Amazon Cognito Identity; throws CognitoIdentityConfigError for a bad configuration. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  const resolved = resolveConfig(config);
  const transport = createTransport({
    fetch: resolved.fetch,
    region: resolved.region,
    credentials: resolved.credentials === undefined ? undefined : createCredentialCache(resolved.credentials),
    retry: resolved.retry,
  });
  const raw = createClient<paths, 'application/x-amz-json-1.1'>({ baseUrl: resolved.endpoint, fetch: transport });
  raw.use(protocolMiddleware);

  async function send<Op extends OperationName>(operation: Op, input: Input<Op>, options?: CallOptions): Promise<Output<Op>> {
    if (!OPERATION_NAMES.includes(operation)) throw new CognitoIdentityConfigError(`unknown operation ${JSON.stringify(operation)}`);
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      throw new CognitoIdentityConfigError(`${operation}: input must be an object`);
    }
    const headers = callHeaders(operation, options?.headers);
    const post = raw.POST as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await post(pathKeyOf(operation), {
      body: input,
      params: { header: { ...headers, [TARGET_HEADER]: targetOf(operation) } },
      ...(options?.signal ? { signal: options.signal } : {}),
    });
    if (!response.ok) throw toServiceError(operation, response, error);
    return (data ?? { ...EMPTY_OUTPUT }) as Output<Op>;
  }

  const methods = Object.fromEntries(OPERATION_NAMES.map((op) => [
    methodNameOf(op),
    (input: never, options?: CallOptions) => send(op, input, options),
  ])) as unknown as OperationMethods;
  return { ...methods, send, raw, endpoint: resolved.endpoint };
}

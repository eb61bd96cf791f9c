/**
 * `cognito-identity-openapi/node`: the client for Node servers. It signs with `node:crypto` and sends over
 * keep-alive `node:http` by default. Creating a client loads none of Node's fetch classes (undici);
 * openapi-fetch, `node:https` and `node:crypto` are loaded when first needed, which keeps a cold start short.
 */
import { createRequire } from 'node:module';
import type createClient from 'openapi-fetch';
import { operations } from '../../generated/service-metadata.ts';
import type { ClientConfig } from '../client/config.ts';
import { type CognitoIdentityContext, createCognitoIdentityContext as createBrowserSafeContext } from '../client/context.ts';
import { type CognitoIdentityClient, type OperationFunctions, clientOf, rawClientOf } from '../client/methods.ts';
import { publicOperation, signedOperationOver } from '../client/send.ts';
import { type SigningFetch, type SigningFetchConfig, createSigningFetchOver } from '../client/signing-fetch.ts';
import { type OperationName, methodNameOf } from '../client/types.ts';
import { createHttpFetch } from './http-fetch.ts';
import { createHttpSend } from './http-send.ts';
import { signWithNodeCrypto } from './signing.ts';

export { createHttpFetch, type HttpFetchOptions } from './http-fetch.ts';
export { createHttpSend, type HttpSendOptions } from './http-send.ts';
export { signWithNodeCrypto } from './signing.ts';

/** A context for the per-operation functions, with Node's signer and, unless `fetch` is given, keep-alive `node:http`. */
export function createCognitoIdentityContext(config: ClientConfig): CognitoIdentityContext {
  return createBrowserSafeContext({ ...config, fetch: config.fetch ?? createHttpSend() }, signWithNodeCrypto);
}

/** openapi-fetch's `createClient`, loaded (its CommonJS build) only when a client's `raw` is first read. */
function loadOpenapiFetch(): typeof createClient {
  const loaded = createRequire(import.meta.url)('openapi-fetch') as { default?: typeof createClient } & typeof createClient;
  return loaded.default ?? loaded;
}

/**
 * The operation functions of the Node client, made from the generated table rather than imported from
 * generated/operations/signed.ts, whose functions default to the Web Crypto signer: so dist/node.js never
 * loads aws4fetch, which would cost a cold start about 4 ms (bench/client.ts).
 */
function nodeFunctions(): OperationFunctions {
  return Object.fromEntries(Object.entries(operations).map(([name, { signed }]) => {
    const operation = name as OperationName;
    return [methodNameOf(operation), signed ? signedOperationOver(operation, signWithNodeCrypto) : publicOperation(operation)];
  })) as unknown as OperationFunctions;
}

/** The everything-client for Node servers: `node:crypto` signing, keep-alive `node:http` unless `fetch` is given. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  // openapi-fetch reads a real Response: `raw` gets the fetch-shaped keep-alive transport unless one was given.
  return clientOf(createCognitoIdentityContext(config), nodeFunctions(), (context) => rawClientOf({ ...context, fetch: config.fetch ?? createHttpFetch() }, loadOpenapiFetch(), signWithNodeCrypto));
}

/** createSigningFetch with the `node:crypto` signer. */
export function createSigningFetch(config: SigningFetchConfig = {}): SigningFetch {
  return createSigningFetchOver(config, signWithNodeCrypto);
}

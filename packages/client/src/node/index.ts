/**
 * `cognito-identity-openapi/node`: the client for Node servers. It signs with `node:crypto` and sends over
 * keep-alive `node:http` by default. Creating a client loads none of Node's fetch classes (undici);
 * openapi-fetch, `node:https` and `node:crypto` are loaded when first needed, which keeps a cold start short.
 */
import { createRequire } from 'node:module';
import type createClient from 'openapi-fetch';
import type { ClientConfig } from '../client/config.ts';
import { type CognitoIdentityContext, createCognitoIdentityContext as createBrowserSafeContext } from '../client/context.ts';
import { type CognitoIdentityClient, clientOf, rawClientOf } from '../client/methods.ts';
import { type SigningFetch, type SigningFetchConfig, createSigningFetch as createBrowserSafeSigningFetch } from '../client/signing-fetch.ts';
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

/** The everything-client for Node servers: `node:crypto` signing, keep-alive `node:http` unless `fetch` is given. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  // openapi-fetch reads a real Response: `raw` gets the fetch-shaped keep-alive transport unless one was given.
  return clientOf(createCognitoIdentityContext(config), (context) => rawClientOf({ ...context, fetch: config.fetch ?? createHttpFetch() }, loadOpenapiFetch()));
}

/** createSigningFetch with the `node:crypto` signer. */
export function createSigningFetch(config: SigningFetchConfig = {}): SigningFetch {
  return createBrowserSafeSigningFetch({ signer: signWithNodeCrypto, ...config });
}

/**
 * `cognito-identity-openapi/node`: the client for Node servers. It signs with `node:crypto` and sends over
 * keep-alive `node:http` by default; creating a client loads neither Web Crypto nor Node's fetch classes.
 */
import type { ClientConfig } from '../client/config.ts';
import { type CognitoIdentityContext, createCognitoIdentityContext as createBrowserSafeContext } from '../client/context.ts';
import { type CognitoIdentityClient, clientOf } from '../client/create-client.ts';
import { type SigningFetch, type SigningFetchConfig, createSigningFetch as createBrowserSafeSigningFetch } from '../client/signing-fetch.ts';
import { createHttpSend } from './http-send.ts';
import { signWithNodeCrypto } from './signing.ts';

export { createHttpFetch, type HttpFetchOptions } from './http-fetch.ts';
export { createHttpSend, type HttpSendOptions } from './http-send.ts';
export { signWithNodeCrypto } from './signing.ts';

/** A context for the per-operation functions, with Node's signer and, unless `fetch` is given, keep-alive `node:http`. */
export function createCognitoIdentityContext(config: ClientConfig): CognitoIdentityContext {
  return createBrowserSafeContext({ ...config, fetch: config.fetch ?? createHttpSend() }, signWithNodeCrypto);
}

/** The everything-client for Node servers: `node:crypto` signing, keep-alive `node:http` unless `fetch` is given. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  return clientOf(createCognitoIdentityContext(config));
}

/** createSigningFetch with the `node:crypto` signer. */
export function createSigningFetch(config: SigningFetchConfig = {}): SigningFetch {
  return createBrowserSafeSigningFetch({ signer: signWithNodeCrypto, ...config });
}

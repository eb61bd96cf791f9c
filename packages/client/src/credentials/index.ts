/**
 * `cognito-identity-openapi/credentials`: the identity-pool credential provider for browser apps, on its own
 * entry so a page bundles it without the rest of the client (no signer, no openapi-fetch).
 */
export { fromCognitoIdentityPool, isStaleIdentityError } from './from-cognito-identity-pool.ts';
export type { CognitoIdentityCredentialProvider, CognitoIdentityCredentials, CognitoIdentityPoolOptions, Logins } from './from-cognito-identity-pool.ts';
export { identityIdKey, memoryStorage } from './identity-id-store.ts';
export type { IdentityIdStorage } from './identity-id-store.ts';
export { CognitoIdentityConfigError, CognitoIdentityError, isCognitoIdentityError } from '../client/errors.ts';

/** cognito-identity-openapi: a small typed client for Amazon Cognito Identity, and the wire rules it follows. */
export { createCognitoIdentityClient } from './client/create-client.ts';
export * from '../generated/operations/public.ts';
export * from '../generated/operations/signed.ts';
export { createCognitoIdentityContext } from './client/context.ts';
export type { CallOptions, CognitoIdentityContext } from './client/context.ts';
export { createSigningFetch } from './client/signing-fetch.ts';
export type { SigningFetch, SigningFetchConfig } from './client/signing-fetch.ts';
export { MEDIA_TYPE, TARGET_PREFIX, errorStatus, fromEpochSeconds, pathKeyOf, shortErrorType, targetOf, toEpochSeconds } from './protocol.ts';
export type { CognitoIdentityClient, OperationError, OperationMethods } from './client/create-client.ts';
export type { ClientConfig, WireFetch, WireRequestInit, WireResponse } from './client/config.ts';
export { endpointForRegion } from './client/config.ts';
export type { CredentialSource, Credentials } from './client/credentials.ts';
export { CognitoIdentityConfigError, CognitoIdentityError, isCognitoIdentityError } from './client/errors.ts';
export { paginate } from './client/paginate.ts';
export type { RetryOptions } from './client/retry.ts';
export type { Signer, SignableRequest } from './client/signer.ts';
export type { ErrorBodyOf, ErrorTypeOf, Input, OperationName, Output, PaginatedOperationName } from './client/types.ts';
export type { components, operations, paths } from '../generated/openapi-types.ts';

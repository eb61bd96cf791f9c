/**
 * `createCognitoIdentityClient`: every operation as a method, with `send(name, input)` and `raw`, the
 * openapi-fetch client for those who want its API. An app that wants only a few operations imports the
 * per-operation functions instead and bundles less.
 */
import createClient from 'openapi-fetch';
import type { ClientConfig } from './config.ts';
import { createCognitoIdentityContext } from './context.ts';
import { type CognitoIdentityClient, clientOf, rawClientOf } from './methods.ts';

export type { CallOptions } from './context.ts';
export type { CognitoIdentityClient, OperationError, OperationMethods, RawClient } from './methods.ts';

/** A client for Amazon Cognito Identity; throws CognitoIdentityConfigError for a bad configuration. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  return clientOf(createCognitoIdentityContext(config), (context) => rawClientOf(context, createClient));
}

/**
 * `createCognitoIdentityClient`: every operation as a method, with `send(name, input)` and `raw`, the
 * openapi-fetch client for those who want its API. An app that wants only a few operations imports the
 * per-operation functions instead and bundles less.
 */
import createClient from 'openapi-fetch';
import * as publicFunctions from '../../generated/operations/public.ts';
import * as signedFunctions from '../../generated/operations/signed.ts';
import type { ClientConfig } from './config.ts';
import { createCognitoIdentityContext } from './context.ts';
import { type CognitoIdentityClient, type OperationFunctions, clientOf, rawClientOf } from './methods.ts';
import { signWithWebCrypto } from './signing.ts';

export type { CallOptions } from './context.ts';
export type { CognitoIdentityClient, OperationError, OperationMethods, RawClient } from './methods.ts';

/** A client for Amazon Cognito Identity; throws CognitoIdentityConfigError for a bad configuration. */
export function createCognitoIdentityClient(config: ClientConfig): CognitoIdentityClient {
  const functions = { ...publicFunctions, ...signedFunctions } as unknown as OperationFunctions;
  return clientOf(createCognitoIdentityContext(config), functions, (context) => rawClientOf(context, createClient, signWithWebCrypto));
}

/** openapi-fetch middleware that puts the AWS JSON 1.1 headers on every request, from the schema path. */
import type { Middleware } from 'openapi-fetch';
import { MEDIA_TYPE, TARGET_HEADER, operationOfPathKey, targetOf } from '../protocol.ts';
import { CognitoIdentityConfigError } from './errors.ts';

/** Sets `X-Amz-Target` from the path key and `Content-Type: application/x-amz-json-1.1`. */
export const protocolMiddleware: Middleware = {
  onRequest({ request, schemaPath }) {
    const operation = operationOfPathKey(schemaPath);
    if (!operation) throw new CognitoIdentityConfigError(`${schemaPath} is not an operation path of this API`);
    request.headers.set(TARGET_HEADER, targetOf(operation));
    request.headers.set('Content-Type', MEDIA_TYPE);
    return request;
  },
};

/**
 * The AWS JSON 1.1 wire rules of Cognito Identity, in one place. The generator, the client and the mock all
 * import them from here; nothing else restates them. Browser-safe: no Node imports.
 *
 * Decisions and their evidence:
 * - Every call is `POST /` (AWS model: `http: {method: POST, requestUri: /}` on all 23 operations).
 * - The operation travels in `X-Amz-Target: AWSCognitoIdentityService.<Operation>` (model metadata
 *   `targetPrefix`), the body is JSON under `application/x-amz-json-1.1` (`protocol: json`,
 *   `jsonVersion: 1.1`).
 * - OpenAPI needs a distinct path per operation, so the document keys each one as
 *   `/#X-Amz-Target=AWSCognitoIdentityService.<Operation>`. Fetch drops the `#` fragment, so the wire path
 *   stays `/`; the fragment is not part of the SigV4 canonical URI either.
 * - Errors are `{"__type": "<Name>", "message": "..."}` with header `x-amzn-ErrorType`; some services send a
 *   namespaced `__type` (`com.amazonaws.cognitoidentity#Name`) or a `Name:uri` header, so readers keep the part
 *   after `#` and before `:`.
 * - Status codes: 403 NotAuthorizedException, 404 ResourceNotFoundException, 409 ResourceConflictException,
 *   429 TooManyRequestsException, 500 InternalErrorException (the model's one `fault`), 400 for every other
 *   error. No other codes are ever used.
 * - Timestamps are JSON numbers of seconds since the epoch, possibly with a fraction (AWS JSON protocol
 *   default `epoch-seconds`; the AWS SDKs parse them that way).
 * - Success is 200 with a JSON body; operations without an output answer `{}`.
 * - Every response carries `x-amzn-RequestId`.
 * - Signed operations use SigV4 with signing name `cognito-identity` (model `endpointPrefix`,
 *   `signatureVersion: v4`); operations marked `smithy.api#noAuth` (GetId, GetCredentialsForIdentity,
 *   GetOpenIdToken, UnlinkIdentity) are sent unsigned.
 */

/** The `X-Amz-Target` prefix (AWS model `metadata.targetPrefix`). */
export const TARGET_PREFIX = 'AWSCognitoIdentityService';

/** The only media type of requests and responses (AWS JSON 1.1). */
export const MEDIA_TYPE = 'application/x-amz-json-1.1';

/** The only HTTP method used. */
export const HTTP_METHOD = 'POST';

/** The only path used on the wire. */
export const HTTP_PATH = '/';

/** The header that names the operation. */
export const TARGET_HEADER = 'X-Amz-Target';

/** The response header carrying AWS's request id. */
export const REQUEST_ID_HEADER = 'x-amzn-RequestId';

/** The response header naming an error's type. */
export const ERROR_TYPE_HEADER = 'x-amzn-ErrorType';

/** The SigV4 signing name (AWS model `metadata.signingName` defaults to `endpointPrefix`). */
export const SIGNING_NAME = 'cognito-identity';

/** The first label of every regional host name (AWS model `metadata.endpointPrefix`). */
export const ENDPOINT_PREFIX = 'cognito-identity';

/** The key prefix of every operation in the OpenAPI `paths` object. */
export const PATH_KEY_PREFIX = `${HTTP_PATH}#${TARGET_HEADER}=${TARGET_PREFIX}.`;

/** `X-Amz-Target` value of an operation: `AWSCognitoIdentityService.GetId`. */
export function targetOf(operation: string): string {
  return `${TARGET_PREFIX}.${operation}`;
}

/** OpenAPI path key of an operation: `/#X-Amz-Target=AWSCognitoIdentityService.GetId`. */
export function pathKeyOf(operation: string): string {
  return `${PATH_KEY_PREFIX}${operation}`;
}

/** The operation named by an `X-Amz-Target` value, or undefined when it has another service's prefix. */
export function operationOfTarget(target: string): string | undefined {
  const prefix = `${TARGET_PREFIX}.`;
  if (!target.startsWith(prefix)) return undefined;
  const name = target.slice(prefix.length);
  return /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}

/** The URL a request really goes to: the `#X-Amz-Target=...` fragment of a path key is never sent. */
export function wireUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** The operation of an OpenAPI path key, or undefined when the key is not of the pseudo-path form. */
export function operationOfPathKey(pathKey: string): string | undefined {
  if (!pathKey.startsWith(PATH_KEY_PREFIX)) return undefined;
  return operationOfTarget(pathKey.slice(`${HTTP_PATH}#${TARGET_HEADER}=`.length));
}

const ERROR_STATUS: Readonly<Record<string, number>> = {
  NotAuthorizedException: 403,
  ResourceNotFoundException: 404,
  ResourceConflictException: 409,
  TooManyRequestsException: 429,
  InternalErrorException: 500,
};

/** HTTP status of an error: the five fixed ones above, 400 for every other error name. */
export function errorStatus(errorName: string): number {
  return ERROR_STATUS[errorName] ?? 400;
}

/** Whether an OpenAPI Operation Object is SigV4-signed: the public ones declare `security: []`. */
export function isSignedOperation(operation: { security?: unknown }): boolean {
  return !(Array.isArray(operation.security) && operation.security.length === 0);
}

/** The `x-amzn-ErrorType` header value AWS sends for an error: the name, then `:`. */
export function errorTypeHeaderValue(errorName: string): string {
  return `${errorName}:`;
}

/** The JSON body of an error. */
export interface ErrorBody {
  __type: string;
  message: string;
}

/** The error body AWS sends for an error name and message. */
export function errorBody(errorName: string, message: string): ErrorBody {
  return { __type: errorName, message };
}

/** Short error name from a `__type` or `x-amzn-ErrorType` value (`ns#Name:uri` becomes `Name`). */
export function shortErrorType(raw: string): string {
  const afterHash = raw.includes('#') ? raw.slice(raw.lastIndexOf('#') + 1) : raw;
  const colon = afterHash.indexOf(':');
  return (colon === -1 ? afterHash : afterHash.slice(0, colon)).trim();
}

/** Wire form of a timestamp: seconds since the epoch, with milliseconds as a fraction. */
export function toEpochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

/** A timestamp read from the wire. */
export function fromEpochSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

/** Body sent by operations without an output. */
export const EMPTY_OUTPUT: Readonly<Record<string, never>> = Object.freeze({});

/**
 * Errors of the AWS JSON 1.1 front door rather than of the service model; all answer 400 (errorStatus).
 * ValidationException: a member breaks its constraints (message form quoted in the AWS docs and SDK issues).
 * SerializationException: the body is not a JSON object (AWS JSON convention; unverified for this service);
 *   the mock also answers it for a body over its size limit (unverified: AWS's own answer is not documented).
 * UnknownOperationException: no or unknown `X-Amz-Target`; also used, as the most plausible answer, for a
 *   request that is not `POST` with the JSON 1.1 content type (unverified).
 * MissingAuthenticationTokenException: a signed operation without an `Authorization` header.
 */
export const PROTOCOL_ERRORS = {
  validation: 'ValidationException',
  serialization: 'SerializationException',
  unknownOperation: 'UnknownOperationException',
  missingAuthentication: 'MissingAuthenticationTokenException',
} as const;

/** Name of the SigV4 security scheme in the OpenAPI document. */
export const SECURITY_SCHEME = 'sigv4';

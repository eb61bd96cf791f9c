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
 * - Errors are `{"__type": "<Name>", "message": "..."}` with headers `x-amzn-ErrorType: <Name>:` and
 *   `x-amzn-ErrorMessage: <message>`; some services send a namespaced `__type`
 *   (`com.amazonaws.cognitoidentity#Name`) or a `Name:uri` header, so readers keep the part after `#` and
 *   before `:`.
 * - Status codes: 500 for InternalErrorException (the model's one `fault`), 400 for every other error. The
 *   Smithy model's `httpError` traits say 403/404/409/429 for four errors, but the service does not send them:
 *   see SMITHY_STATUS_NOT_ON_WIRE for the captures. Clients pick the error by `__type`, never by status.
 * - Constraint patterns match the whole value (AWS's validator, and the Smithy model that writes them `^...$`);
 *   botocore carries them unanchored, and JSON Schema's `pattern` matches anywhere, so the document publishes
 *   them anchored (anchorPattern) and ValidationException messages quote them unanchored, as AWS does.
 * - Browsers call the service directly, so it answers with CORS (captured response headers in
 *   aws-amplify/amplify-js#2443): `access-control-allow-origin: *`, the `x-amzn-*` headers and `Date` exposed,
 *   and preflight `OPTIONS` answered with `POST`, the asked request headers echoed and a two-day max age
 *   (captures in AllanZhengYP/cors-test; see corsPreflightHeaders).
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
export const PATH_KEY_PREFIX = /* @__PURE__ */ [HTTP_PATH, '#', TARGET_HEADER, '=', TARGET_PREFIX, '.'].join(''); // a call, so bundles that never use it drop it

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

/** The model's only `fault` (server-side) error; it alone is answered with a 5xx status. */
export const SERVER_FAULT_ERROR = 'InternalErrorException';

/** The status of every client error on the wire. */
export const CLIENT_ERROR_STATUS = 400;

/** The status of the server fault on the wire. */
export const SERVER_FAULT_STATUS = 500;

/**
 * The Smithy model's `httpError` statuses that the service does not send, with the captures of the real
 * endpoint that show 400 instead. A test holds the document to the wire status and this table to the model.
 */
export const SMITHY_STATUS_NOT_ON_WIRE: Readonly<Record<string, { smithy: number; evidence: readonly string[] }>> = {
  NotAuthorizedException: { smithy: 403, evidence: ['aws-amplify/amplify-js#2443 (full response headers, 400)', 'aws/aws-sdk-js-v3#3113 (GetId from a browser, 400)'] },
  ResourceNotFoundException: { smithy: 404, evidence: ['awslabs/aws-sdk-android-samples#163 ("Status Code: 400")', 'awslabs/serverless-photo-recognition#11 ("Status Code: 400")'] },
  ResourceConflictException: { smithy: 409, evidence: ['no capture of its own: the same front end answers every other client error 400 (choice)'] },
  TooManyRequestsException: { smithy: 429, evidence: ['aws/aws-sdk-java#2301 ("Status Code: 400", sibling user-pools service)'] },
};

/** HTTP status of an error on the wire: 500 for the server fault, 400 for every other error name. */
export function errorStatus(errorName: string): number {
  return errorName === SERVER_FAULT_ERROR ? SERVER_FAULT_STATUS : CLIENT_ERROR_STATUS;
}

/** Error types worth another attempt: throttling (whatever a proxy or sibling service calls it) and the server fault. */
export const RETRYABLE_ERROR_TYPES: ReadonlySet<string> = new Set([
  'TooManyRequestsException', SERVER_FAULT_ERROR, 'ThrottlingException', 'Throttling', 'ThrottledException',
  'RequestThrottledException', 'RequestThrottled', 'RequestLimitExceeded', 'SlowDown', 'ServiceUnavailable',
]);

/** A constraint pattern as published: anchored, because AWS matches it against the whole value. */
export function anchorPattern(pattern: string): string {
  if (pattern.startsWith('^') && pattern.endsWith('$')) return pattern;
  return pattern.includes('|') ? `^(?:${pattern})$` : `^${pattern}$`;
}

/** A published pattern as AWS quotes it in a ValidationException message: without the anchors. */
export function unanchorPattern(pattern: string): string {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return pattern;
  const inner = pattern.slice(1, -1);
  return inner.startsWith('(?:') && inner.endsWith(')') && inner.includes('|') ? inner.slice(3, -1) : inner;
}

/** The response header carrying an error's message. */
export const ERROR_MESSAGE_HEADER = 'x-amzn-ErrorMessage';

/** The longest `x-amzn-ErrorMessage` value sent: a message quoting a huge value stays a small header. */
export const MAX_ERROR_MESSAGE_HEADER_LENGTH = 1024;

/**
 * The `x-amzn-ErrorMessage` value for a message: HTTP header values carry only visible ASCII and spaces, so
 * anything else becomes `?`, and a long message is cut with `...` (both choices: AWS's own handling of such
 * messages is not documented; the body always carries the whole message).
 */
export function errorMessageHeaderValue(message: string): string {
  const ascii = message.replace(/[^\x20-\x7e]/g, '?');
  return ascii.length <= MAX_ERROR_MESSAGE_HEADER_LENGTH ? ascii : `${ascii.slice(0, MAX_ERROR_MESSAGE_HEADER_LENGTH - 3)}...`;
}

/** CORS headers on every response, as the real endpoint sends them to browsers (aws-amplify/amplify-js#2443). */
export const CORS_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
};

/**
 * The headers of an answer: the CORS headers, its media type and its request id, as a new object a server may
 * add to. Built key by key: V8 (Node 20) spends about a microsecond on `{...shared, more}`, once per request.
 */
export function responseHeaders(contentType: string, requestId: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name in CORS_RESPONSE_HEADERS) headers[name] = CORS_RESPONSE_HEADERS[name] as string;
  headers['Content-Type'] = contentType;
  headers[REQUEST_ID_HEADER] = requestId;
  return headers;
}

/**
 * Request headers the service accepts from browsers, by name. The real endpoint's preflight answer echoes the
 * asked list, spelling and order kept (AllanZhengYP/cors-test, output.md, OPTIONS captures of
 * cognito-identity.us-east-1 in October 2020 and February 2021: `host`, `user-agent` and `content-length` came
 * back as asked). Amplify adds `cache-control: no-store` (aws-amplify/amplify-js#10753) and works against the
 * service, so it is accepted too; `prefer` is the mock's example selector. Every `x-amz-*` and `amz-sdk-*`
 * header (SigV4, the SDKs' user agent, invocation id and retry state) is accepted by prefix.
 */
export const CORS_ALLOWED_REQUEST_HEADERS: ReadonlySet<string> = new Set([
  'content-type', 'content-length', 'host', 'user-agent', 'authorization', 'cache-control', 'prefer',
  'x-amz-target', 'x-amz-user-agent', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'amz-sdk-invocation-id', 'amz-sdk-request',
]);

/** Prefixes of the request header names the service accepts whatever follows (AWS's and the SDKs' own headers). */
export const CORS_ALLOWED_REQUEST_HEADER_PREFIXES: readonly string[] = ['x-amz-', 'amz-sdk-'];

/** Whether a preflight may allow a request header (case-insensitive). */
export function corsAllowsRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return CORS_ALLOWED_REQUEST_HEADERS.has(lower) || CORS_ALLOWED_REQUEST_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** How long a browser may cache a preflight answer, in seconds (the captures above: 172800, two days). */
export const CORS_MAX_AGE_SECONDS = 172_800;

/**
 * The headers of a preflight answer for the headers a browser asked to send (`Access-Control-Request-Headers`):
 * the asked list echoed as the service echoes it, less any header it would not accept (choice: the captures
 * only ever asked for accepted ones, so whether the service filters is not known; leaving a stranger out
 * lets a local test catch an app that sends one). Nothing asked, nothing allowed.
 */
export function corsPreflightHeaders(requested: string | undefined): Record<string, string> {
  const asked = (requested ?? '').split(',').map((h) => h.trim()).filter((h) => h !== '');
  const allowed = asked.filter(corsAllowsRequestHeader);
  return {
    ...CORS_RESPONSE_HEADERS,
    'Access-Control-Allow-Methods': HTTP_METHOD,
    ...(allowed.length > 0 ? { 'Access-Control-Allow-Headers': allowed.join(',') } : {}),
    'Access-Control-Max-Age': String(CORS_MAX_AGE_SECONDS),
  };
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
  return ((raw.split('#').pop() as string).split(':')[0] as string).trim();
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
export const EMPTY_OUTPUT: Readonly<Record<string, never>> = /* @__PURE__ */ Object.freeze({});

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

/**
 * The front door, written once for any backend (the Prism mock, the emulator): checks a raw HTTP request the
 * way the AWS JSON 1.1 front end does (method, content type, target, JSON body, signature presence,
 * constraints) and answers anything wrong with an AWS-shaped error; answers CORS preflights; hands the rest
 * to the backend and wraps its answer in the protocol's headers, CORS included. No I/O here: the server feeds
 * it a request and writes back what it returns.
 */
import {
  ERROR_MESSAGE_HEADER, ERROR_TYPE_HEADER, HTTP_METHOD, HTTP_PATH, MEDIA_TYPE, PROTOCOL_ERRORS, REQUEST_ID_HEADER,
  SERVER_FAULT_ERROR, TARGET_HEADER, corsPreflightHeaders, errorBody, errorMessageHeaderValue, errorStatus, errorTypeHeaderValue,
  isSignedOperation, operationOfPathKey, responseHeaders, targetOf,
} from 'cognito-identity-openapi/protocol';
import { createValidator, type SchemaIssue } from '../schema-validator.ts';
import { parsePrefer, type Backend, type ExtraResponse } from './backend.ts';
import { constraintOf, validationMessage } from './validation-message.ts';

/** A request as the server read it. `body` is undefined when it was refused for size before being read. */
export interface FrontRequest {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  body: string | undefined;
}

/** What the server writes back. */
export interface FrontResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The operation, when one was recognised: for the log line. */
  operation?: string;
  /** Not to be logged. */
  quiet?: boolean;
}

/** Options of the front. */
export interface FrontOptions {
  /** The largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** Makes request ids; a random UUID by default. */
  requestId?: () => string;
}

/** The default body limit: well above any valid request of this API (a 50 000-character token, 10 logins). */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface OperationInfo {
  inputSchema: object;
  signed: boolean;
}

/** Operation name -> input schema and signing, from the document's pseudo-path keys. */
function operationsOf(document: Obj): Map<string, OperationInfo> {
  const entries = Object.entries(document.paths as Obj).flatMap(([key, item]): Array<[string, OperationInfo]> => {
    const name = operationOfPathKey(key);
    const post = (item as Obj).post;
    if (!name || !post) return [];
    return [[name, { inputSchema: post.requestBody.content[MEDIA_TYPE].schema, signed: isSignedOperation(post) }]];
  });
  return new Map(entries);
}

class FrontError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

const fail = (type: string, message: string): never => { throw new FrontError(type, message); };

function checkEnvelope(request: FrontRequest, maxBodyBytes: number): void {
  if (request.method !== HTTP_METHOD || request.path !== HTTP_PATH) {
    fail(PROTOCOL_ERRORS.unknownOperation, `Requests must be ${HTTP_METHOD} ${HTTP_PATH}; got ${request.method} ${request.path}.`);
  }
  const header = request.headers['content-type'];
  // Nearly every request sends exactly the media type: no splitting for those (a hot path).
  const type = header === MEDIA_TYPE ? header : (header ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== MEDIA_TYPE) {
    fail(PROTOCOL_ERRORS.unknownOperation, `Content-Type must be ${MEDIA_TYPE}; got ${type ? `'${type}'` : 'none'}.`);
  }
  if (request.body === undefined) fail(PROTOCOL_ERRORS.serialization, `The request body is larger than ${maxBodyBytes} bytes.`);
}

const TARGET_HEADER_NAME = TARGET_HEADER.toLowerCase();

/** Each operation by its whole `X-Amz-Target` value, so a request's target is one lookup (a hot path). */
function operationsByTarget(operations: Map<string, OperationInfo>): Map<string, [string, OperationInfo]> {
  return new Map([...operations].map(([name, info]) => [targetOf(name), [name, info]]));
}

function operationOf(request: FrontRequest, byTarget: Map<string, [string, OperationInfo]>): [string, OperationInfo] {
  const target = request.headers[TARGET_HEADER_NAME];
  if (!target) fail(PROTOCOL_ERRORS.unknownOperation, `Missing ${TARGET_HEADER} header.`);
  return byTarget.get(target as string) ?? fail(PROTOCOL_ERRORS.unknownOperation, `Unknown operation ${JSON.stringify(target)}.`);
}

function parseBody(body: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = body.trim() === '' ? {} : JSON.parse(body);
  } catch (error) {
    return fail(PROTOCOL_ERRORS.serialization, `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail(PROTOCOL_ERRORS.serialization, `The request body must be a JSON object; got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`);
  }
  return value as Record<string, unknown>;
}

function checkInput(issues: SchemaIssue[], input: unknown): void {
  if (issues.length === 0) return;
  const wrongType = issues.find((i) => i.keyword === 'type');
  if (wrongType) {
    fail(PROTOCOL_ERRORS.serialization, `Member at '/${wrongType.path.join('/')}' ${wrongType.message}.`);
  }
  const reported = issues.filter((i) => constraintOf(i) !== undefined);
  if (reported.length > 0) fail(PROTOCOL_ERRORS.validation, validationMessage(reported, input));
  fail(PROTOCOL_ERRORS.validation, `The request does not match the schema: ${issues.map((i) => i.message).join('; ')}`);
}

function isPreflight(request: FrontRequest): boolean {
  return request.method === 'OPTIONS';
}

/**
 * The JSON text of an answer the backend froze, made once: a backend freezes only answers built from records
 * it never changes in place (the emulator's pool descriptions), so the text holds while the answer lives.
 */
function serialisedOnce(body: object): string {
  let text = serialised.get(body);
  if (text === undefined) {
    text = JSON.stringify(body);
    serialised.set(body, text);
  }
  return text;
}

const serialised = new WeakMap<object, string>();

/** A handler for raw requests, answering like AWS in front of `backend`: at once when the backend answers at once. */
export function createFront(document: Obj, backend: Backend, options: FrontOptions): (request: FrontRequest) => FrontResponse | Promise<FrontResponse> {
  const operations = operationsByTarget(operationsOf(document));
  const validate = createValidator(document);
  const requestId = options.requestId ?? (() => crypto.randomUUID());

  const reply = (status: number, body: unknown, operation?: string): FrontResponse => {
    const headers = responseHeaders(MEDIA_TYPE, requestId());
    const error = status >= 400 && body && typeof body === 'object' ? (body as Obj) : undefined;
    if (typeof error?.__type === 'string') headers[ERROR_TYPE_HEADER] = errorTypeHeaderValue(error.__type);
    if (typeof error?.message === 'string') headers[ERROR_MESSAGE_HEADER] = errorMessageHeaderValue(error.message);
    const answer: FrontResponse = { status, headers, body: typeof body === 'object' && body !== null && Object.isFrozen(body) ? serialisedOnce(body) : JSON.stringify(body ?? {}) };
    if (operation) answer.operation = operation;
    return answer;
  };
  const replyFailure = (error: unknown, operation: string | undefined): FrontResponse => {
    if (error instanceof FrontError) return reply(errorStatus(error.type), errorBody(error.type, error.message), operation);
    return reply(errorStatus(SERVER_FAULT_ERROR), errorBody(SERVER_FAULT_ERROR, `The server failed: ${(error as Error).message}`), operation);
  };
  const replyExtra = (answer: ExtraResponse): FrontResponse => {
    if (answer.contentType === undefined) return reply(answer.status, answer.body);
    return {
      status: answer.status, headers: responseHeaders(answer.contentType, requestId()), body: String(answer.body),
      ...(answer.quiet ? { quiet: true } : {}),
    };
  };

  /** An AWS API call: checked, then handed to the backend. */
  const answerCall = (request: FrontRequest): FrontResponse | Promise<FrontResponse> => {
    let operation: string | undefined;
    try {
      checkEnvelope(request, options.maxBodyBytes);
      const [name, info] = operationOf(request, operations);
      operation = name;
      const input = parseBody(request.body as string);
      if (info.signed && !request.headers.authorization) fail(PROTOCOL_ERRORS.missingAuthentication, 'Missing Authentication Token');
      checkInput(validate(info.inputSchema, input), input);
      const answer = backend.respond({ operation: name, input, preferences: parsePrefer(request.headers.prefer), headers: request.headers });
      if (answer instanceof Promise) return answer.then((a) => reply(a.status, a.body, name), (error: unknown) => replyFailure(error, name));
      return reply(answer.status, answer.body, name);
    } catch (error) {
      return replyFailure(error, operation);
    }
  };

  /** A request to another path: the backend's extra routes, or, when none answers, refused as a call would be. */
  const answerExtra = async (request: FrontRequest, extra: Required<Backend>): Promise<FrontResponse> => {
    try {
      // A body over the limit is refused before any route sees it.
      if (request.body === undefined) fail(PROTOCOL_ERRORS.serialization, `The request body is larger than ${options.maxBodyBytes} bytes.`);
      const answer = await extra.serveExtra({ method: request.method, path: request.path, headers: request.headers, body: request.body as string });
      if (answer) return replyExtra(answer);
    } catch (error) {
      return replyFailure(error, undefined);
    }
    return answerCall(request);
  };

  return (request) => {
    if (isPreflight(request)) {
      const headers = corsPreflightHeaders(request.headers['access-control-request-headers']);
      headers[REQUEST_ID_HEADER] = requestId();
      return { status: 200, headers, body: '' };
    }
    if (request.path !== HTTP_PATH && backend.serveExtra) return answerExtra(request, backend as Required<Backend>);
    return answerCall(request);
  };
}

/** Errors the client raises: AWS errors typed by `__type`, and configuration mistakes caught before sending. */
import { ERROR_TYPE_HEADER, REQUEST_ID_HEADER, shortErrorType } from '../protocol.ts';

/** The `__type` given to an error response that names no AWS error (a proxy's HTML page, say). */
export const UNKNOWN_ERROR = 'UnknownError';

/** An error answered by the service (or a server speaking its protocol). */
export class CognitoIdentityError<T extends string = string> extends Error {
  /** The short error name, such as `ResourceNotFoundException` (namespaces removed). */
  declare readonly __type: T;
  /** The HTTP status. */
  declare readonly status: number;
  /** The `x-amzn-RequestId` of the response, when present. */
  declare readonly requestId: string | undefined;
  /** The operation that failed. */
  declare readonly operation: string;

  constructor(init: { type: T; message: string; status: number; requestId: string | undefined; operation: string }) {
    super(init.message || init.type);
    const { type, status, requestId, operation } = init;
    Object.assign(this, { name: type, __type: type, status, requestId, operation });
  }
}

/** True when `error` is a CognitoIdentityError, of the given type if one is named. */
export function isCognitoIdentityError<T extends string>(error: unknown, type?: T): error is CognitoIdentityError<T> {
  return error instanceof CognitoIdentityError && (type === undefined || error.__type === type);
}

/** A mistake in the client's configuration or a call's arguments, raised before any request is sent. */
export class CognitoIdentityConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CognitoIdentityConfigError';
  }
}

/** The CognitoIdentityError for a non-2xx response and its body text (an AWS JSON error, or anything a proxy sends). */
export function toServiceError(operation: string, response: { status: number; headers: { get(name: string): string | null } }, text: string): CognitoIdentityError {
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* not JSON: the text is the message */ }
  const fields = Object(body) as Record<string, unknown>;
  const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return new CognitoIdentityError({
    type: shortErrorType(string(fields.__type) || response.headers.get(ERROR_TYPE_HEADER) || UNKNOWN_ERROR),
    message: string(fields.message) ?? string(fields.Message) ?? string(body)?.slice(0, 200) ?? '',
    status: response.status,
    requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
    operation,
  });
}

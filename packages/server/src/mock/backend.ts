/** What sits behind the front door: given a valid request, it produces the response. */

/** A caller's wishes for the answer, from the `Prefer` header (Prism's convention, plus `error=`). */
export interface Preferences {
  /** Answer with this status code (one the operation declares). */
  code?: number;
  /** Answer with this named example. */
  example?: string;
  /** Answer with this error type's example, under its wire status (`Prefer: error=ResourceNotFoundException`). */
  error?: string;
  /** Generate data from the schema instead of using examples. */
  dynamic?: boolean;
}

/** One call as the front hands it over: the operation, its checked input, and the request's headers. */
export interface BackendCall {
  operation: string;
  input: Record<string, unknown>;
  preferences: Preferences;
  /** The request headers, names in lower case (the emulator reads the SigV4 credential scope from them). */
  headers: Readonly<Record<string, string | undefined>>;
}

/** The answer of a backend: a status and a JSON body. */
export interface BackendResponse {
  status: number;
  body: unknown;
}

/** A request to a path that is not the AWS API (`GET /.well-known/jwks_uri`, `POST /_emulator/reset`, ...). */
export interface ExtraRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string | undefined>>;
  body: string;
}

/** The answer to an extra request; JSON unless `contentType` says otherwise. */
export interface ExtraResponse {
  status: number;
  body: unknown;
  contentType?: string;
  /** Leave the request out of the log (health probes, which a container engine sends every few seconds). */
  quiet?: boolean;
}

/** A backend: it may assume the operation exists and the input is valid and carries a signature if it needs one. */
export interface Backend {
  /** The answer, or a promise of it: a backend with nothing to wait for answers at once (no promise to settle). */
  respond(call: BackendCall): BackendResponse | Promise<BackendResponse>;
  /** Answers requests outside the AWS API, or returns undefined to let the front refuse them. */
  serveExtra?(request: ExtraRequest): Promise<ExtraResponse | undefined>;
}

/** Parses `Prefer: code=400, example=guest, error=NotAuthorizedException, dynamic=true`; unknown parts are ignored. */
export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = {};
  // Most calls carry no Prefer header: no splitting and no regular expressions for them (a hot path).
  if (header === undefined || header === '') return preferences;
  for (const part of (header ?? '').split(/[,;]/)) {
    const [rawKey, ...rest] = part.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value);
    else if (key === 'example' && value) preferences.example = value;
    else if (key === 'error' && /^[A-Za-z][A-Za-z0-9]*$/.test(value)) preferences.error = value;
    else if (key === 'dynamic' && (value === 'true' || value === 'false')) preferences.dynamic = value === 'true';
  }
  return preferences;
}

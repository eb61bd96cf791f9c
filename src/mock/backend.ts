/** What sits behind the mock's front: given a valid request, it produces the response. */

/** A caller's wishes for the answer, from the `Prefer` header (Prism's convention). */
export interface Preferences {
  /** Answer with this status code (one the operation declares). */
  code?: number;
  /** Answer with this named example. */
  example?: string;
  /** Generate data from the schema instead of using examples. */
  dynamic?: boolean;
}

/** The answer of a backend: a status and a JSON body. */
export interface BackendResponse {
  status: number;
  body: unknown;
}

/** A backend: it may assume the operation exists and the input is valid and authorised. */
export interface Backend {
  respond(operation: string, input: Record<string, unknown>, preferences: Preferences): Promise<BackendResponse>;
}

/** Parses `Prefer: code=404, example=guest, dynamic=true` into preferences; unknown parts are ignored. */
export function parsePrefer(header: string | undefined): Preferences {
  const preferences: Preferences = {};
  for (const part of (header ?? '').split(/[,;]/)) {
    const [rawKey, ...rest] = part.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value);
    else if (key === 'example' && value) preferences.example = value;
    else if (key === 'dynamic' && (value === 'true' || value === 'false')) preferences.dynamic = value === 'true';
  }
  return preferences;
}

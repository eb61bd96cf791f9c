/**
 * moto's server-mode routes, so suites written for moto can point at the emulator unchanged. moto's
 * `set_initial_no_auth_action_count` (moto/core/authorization.py) posts `str(count)` to
 * `/moto-api/reset-auth`, keeps the answer's `PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT` and posts it back when the
 * test ends; moto's own route (moto/moto_api/_internal/responses.py) reads the body with Python's `float()`
 * and answers the previous count as `str(float)`: `"inf"` at first, `"1.0"` after `1`. Both sides follow here,
 * so the round trip works.
 */

/** Python's `float(text)`: a decimal or exponent number (digits may be grouped by `_`), `inf`, `infinity`, `nan`; else undefined. */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(trimmed);
  if (special) {
    const [, sign, word] = special as unknown as [string, string, string];
    if (word.toLowerCase() === 'nan') return Number.NaN;
    return sign === '-' ? -Infinity : Infinity;
  }
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replaceAll('_', ''));
}

/** Python's `str(float)` for the values a count takes: `inf`, `-inf`, `nan`, `5.0`; other numbers as JavaScript prints them (choice). */
export function pythonFloatText(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${Object.is(value, -0) ? '-0' : value}.0`;
  return String(value);
}

/** moto's INITIAL_NO_AUTH_ACTION_COUNT as `/moto-api/reset-auth` last set it (moto starts at infinity). */
export interface MotoAuthState { noAuthActionCount: number }

/** `POST /moto-api/reset-auth`: the new count from the body, the answer naming the previous one; a body `float()` refuses is a 400 and changes nothing. */
export function resetAuth(state: MotoAuthState, body: string): { status: number; body: Record<string, string> } {
  const count = parsePythonFloat(body);
  if (count === undefined) return { status: 400, body: { Error: `could not convert string to float: '${body}'` } };
  const previous = state.noAuthActionCount;
  // The emulator does not enforce IAM, so the count is only remembered (choice).
  state.noAuthActionCount = count;
  return { status: 200, body: { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: pythonFloatText(previous) } };
}

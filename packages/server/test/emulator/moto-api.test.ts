/** moto's reset-auth conversions: the body read as Python's float() reads it, the count written as str(float) writes it. */
import { describe, expect, it } from 'vitest';
import { parsePythonFloat, pythonFloatText, resetAuth } from '../../src/emulator/moto-api.ts';

describe('parsePythonFloat', () => {
  it.each([
    ['1', 1], [' 7\n', 7], ['-2', -2], ['1.', 1], ['.5', 0.5], ['1e3', 1000], ['1_000', 1000],
    ['inf', Infinity], ['INF', Infinity], ['Infinity', Infinity], ['-inf', -Infinity], ['+inf', Infinity],
  ])('%j is %s', (given, want) => {
    expect(parsePythonFloat(given)).toBe(want);
  });

  it('reads nan as NaN', () => {
    expect(parsePythonFloat('nan')).toBeNaN();
  });

  it.each(['', 'abc', '1_', '_1', '1__0', '{"count": 3}', '0x10', 'in f', '1e'])('refuses %j', (given) => {
    expect(parsePythonFloat(given)).toBeUndefined();
  });
});

describe('pythonFloatText', () => {
  it.each([
    [Infinity, 'inf'], [-Infinity, '-inf'], [Number.NaN, 'nan'], [0, '0.0'], [-0, '-0.0'], [1, '1.0'], [2.5, '2.5'],
  ])('%s is %j', (given, want) => {
    expect(pythonFloatText(given)).toBe(want);
  });

  it('round-trips through parsePythonFloat', () => {
    for (const value of [Infinity, -Infinity, 0, 1, 42, 2.5]) expect(parsePythonFloat(pythonFloatText(value))).toBe(value);
  });
});

describe('resetAuth', () => {
  it('answers the previous count and takes it back; a refused body changes nothing', () => {
    const state = { noAuthActionCount: Infinity };
    expect(resetAuth(state, '3')).toEqual({ status: 200, body: { status: 'ok', PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT: 'inf' } });
    expect(resetAuth(state, 'nope').status).toBe(400);
    expect(state.noAuthActionCount).toBe(3);
    expect(resetAuth(state, 'inf').body.PREVIOUS_INITIAL_NO_AUTH_ACTION_COUNT).toBe('3.0');
    expect(state.noAuthActionCount).toBe(Infinity);
  });
});

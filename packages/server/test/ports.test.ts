/** The default ports and the port a server is given (src/ports.ts). */
import { describe, expect, it } from 'vitest';
import { chosenPort, DEFAULT_PORTS } from '../src/ports.ts';

describe('DEFAULT_PORTS', () => {
  it('differ from each other and from LocalStack, moto, Prism and cognito-local', () => {
    const taken = [4566, 5000, 4010, 9229];
    expect(DEFAULT_PORTS.emulator).not.toBe(DEFAULT_PORTS.mock);
    for (const port of Object.values(DEFAULT_PORTS)) {
      expect(taken).not.toContain(port);
      expect(port < 4510 || port > 4599, 'outside the range LocalStack uses').toBe(true);
    }
  });
});

describe('chosenPort', () => {
  it.each([
    ['the default of each server', 'emulator', undefined, {}, 4630],
    ['the mock default', 'mock', undefined, {}, 4631],
    ['PORT from the environment', 'emulator', undefined, { PORT: '8080' }, 8080],
    ['an empty PORT, as unset', 'mock', undefined, { PORT: '' }, 4631],
    ['--port over PORT', 'mock', '9000', { PORT: '8080' }, 9000],
    ['0, a free port', 'emulator', '0', {}, 0],
  ] as const)('%s', (_, server, flag, env, want) => {
    expect(chosenPort(server, flag, env)).toBe(want);
  });

  it.each([['eighty'], ['-1'], ['65536'], ['4.5'], ['']])('refuses %j with a message naming it', (text) => {
    expect(() => chosenPort('emulator', text, {})).toThrow(`--port: ${JSON.stringify(text)} is not a port number`);
  });
});

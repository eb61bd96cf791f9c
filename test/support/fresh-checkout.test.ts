import { describe, expect, it } from 'vitest';
import { lockDrift, strayStatusLines } from './fresh-checkout.ts';

describe('strayStatusLines', () => {
  it('accepts what npm ci and npm test make, and nothing else', () => {
    const status = ['!! node_modules/', '!! packages/client/dist/', '!! packages/server/node_modules/', '!! test-results/', ' M README.md', '?? notes.txt', '!! docs/dist/', '!! packages/client/dist/old.js', '!! .env'].join('\n');
    expect(strayStatusLines(status)).toEqual([' M README.md', '?? notes.txt', '!! docs/dist/', '!! packages/client/dist/old.js', '!! .env']);
    expect(strayStatusLines('')).toEqual([]);
  });
});

describe('lockDrift', () => {
  const lock = { packages: { '': {}, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' }, 'node_modules/c': { version: '3.0.0', optional: true }, 'node_modules/w': { link: true } } };
  it('finds nothing when npm installed the lock (optional packages may be absent)', () => {
    expect(lockDrift(lock, { packages: { 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' }, 'node_modules/w': { link: true } } })).toEqual([]);
  });
  it('names a package at another version, one not in the lock, and one missing', () => {
    expect(lockDrift(lock, { packages: { 'node_modules/a': { version: '1.1.0' }, 'node_modules/x': { version: '9.0.0' }, 'node_modules/w': { link: true } } })).toEqual([
      'node_modules/a: 1.1.0 installed, 1.0.0 locked',
      'node_modules/x: installed, not in package-lock.json',
      'node_modules/b: locked, not installed',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { sensitivePaths, toIrEffect } from '../../scripts/effect.ts';
import type { Shape } from '../../spec/model.ts';

const shapes: Record<string, Shape> = {
  Out: { type: 'structure', doc: 'd', members: { Creds: { shape: 'Creds', doc: 'd' }, Tokens: { shape: 'TokenList', doc: 'd' }, ByName: { shape: 'TokenMap', doc: 'd' }, Name: { shape: 'Plain', doc: 'd' } } },
  Creds: { type: 'structure', doc: 'd', members: { Secret: { shape: 'Secret', doc: 'd' }, Id: { shape: 'Plain', doc: 'd' } } },
  TokenList: { type: 'list', doc: 'd', member: 'Secret' },
  TokenMap: { type: 'map', doc: 'd', key: 'Plain', value: 'Secret' },
  Secret: { type: 'string', doc: 'd', sensitive: true },
  Plain: { type: 'string', doc: 'd' },
};

describe('sensitivePaths', () => {
  it('finds every member that ends at a sensitive shape, through structures, lists and maps', () => {
    expect(sensitivePaths('Out', shapes)).toEqual(['Creds.Secret', 'Tokens[]', 'ByName{}']);
  });

  it('finds nothing in a shape without secrets', () => {
    expect(sensitivePaths('Plain', shapes)).toEqual([]);
  });
});

describe('toIrEffect', () => {
  it.each([
    ['none', false], ['creates', false], ['updates', true], ['deletes', true],
  ] as const)('%s -> destructive %s', (state, destructive) => {
    expect(toIrEffect({ state, idempotent: true }, 'Out', shapes)).toMatchObject({ state, destructive });
  });

  it('joins multi-line notes into one line and keeps the sensitive output', () => {
    expect(toIrEffect({ state: 'none', idempotent: true, why: 'one\n  two', judgement: ' three ' }, 'Creds', shapes)).toEqual({
      state: 'none', destructive: false, idempotent: true, sensitiveOutput: ['Secret'], why: 'one two', judgement: 'three',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { IrEffect } from '../../../scripts/effect.ts';
import { effectSentence, toEffectExtension } from '../../../scripts/openapi/effect-extension.ts';

const read: IrEffect = { state: 'none', destructive: false, idempotent: true, sensitiveOutput: [] };

describe('toEffectExtension', () => {
  it('writes the keys in fixed order and leaves absent notes out', () => {
    expect(Object.keys(toEffectExtension(read))).toEqual(['state', 'destructive', 'idempotent', 'sensitiveOutput']);
    expect(toEffectExtension({ ...read, why: 'w', judgement: 'j' })).toMatchObject({ why: 'w', judgement: 'j' });
  });
});

describe('effectSentence', () => {
  it.each<[string, IrEffect, string]>([
    ['a read', read, '**Effect:** changes nothing; idempotent.'],
    ['a creation', { ...read, state: 'creates', idempotent: false, why: 'A new pool each time.' }, '**Effect:** creates data and changes none; not idempotent. A new pool each time.'],
    ['a deletion', { ...read, state: 'deletes', destructive: true }, '**Effect:** deletes data or detaches links (destructive); idempotent.'],
    ['secrets and a judgement', { ...read, sensitiveOutput: ['Credentials.SecretKey'], judgement: 'Mints credentials.' },
      '**Effect:** changes nothing; idempotent. The output carries secrets (`Credentials.SecretKey`): keep them out of logs. (A judgement: Mints credentials.)'],
  ])('%s', (_what, effect, want) => {
    expect(effectSentence(effect)).toBe(want);
  });
});

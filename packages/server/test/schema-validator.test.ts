import { describe, expect, it } from 'vitest';
import { createValidator, lengthBeforePattern } from '../src/schema-validator.ts';

const document = {
  components: {
    schemas: {
      Name: { type: 'string', minLength: 1, maxLength: 4, pattern: '^[a-z]+$' },
      Loose: { type: 'string', pattern: '^[a-z]+$' },
    },
  },
};
const validate = createValidator(document);
const keywords = (schema: string, value: unknown) => validate({ $ref: `#/components/schemas/${schema}` }, value).map((i) => i.keyword);

describe('a pattern is tried only within its length', () => {
  it.each<[string, unknown, string[]]>([
    ['a valid value', 'abcd', []],
    ['a bad character within the length', 'ab1', ['pattern']],
    ['a bad value over the length: the length alone', `${'a'.repeat(100_000)}1`, ['maxLength']],
    ['a good value over the length', 'abcde', ['maxLength']],
    ['four astral code points are within a length of 4', '😀😀😀😀', ['pattern']],
    ['five astral code points are over it', '😀😀😀😀😀', ['maxLength']],
  ])('%s', (_what, value, want) => {
    expect(keywords('Name', value)).toEqual(want);
  });

  it('reports the guarded pattern as a pattern, with the pattern', () => {
    const [issue] = validate({ $ref: '#/components/schemas/Name' }, 'ab1');
    expect(issue).toMatchObject({ keyword: 'pattern', params: { pattern: '^[a-z]+$' }, path: [] });
  });

  it('a pattern without a length bound stays an ordinary pattern', () => {
    expect(keywords('Loose', 'a1')).toEqual(['pattern']);
    expect(lengthBeforePattern(document.components.schemas.Loose)).toEqual(document.components.schemas.Loose);
  });

  it('rewrites a pattern beside a maxLength and leaves the document alone', () => {
    expect(lengthBeforePattern(document.components.schemas.Name)).toEqual({
      type: 'string', minLength: 1, maxLength: 4, 'x-pattern-within-length': { pattern: '^[a-z]+$', maxLength: 4 },
    });
    expect(document.components.schemas.Name.pattern).toBe('^[a-z]+$');
  });
});

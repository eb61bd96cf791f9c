import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { YAML_BANNER, toJsonText, toYamlText } from '../../scripts/serialize.ts';

const document = { info: { version: '2014-06-30', flag: 'yes', n: '123' }, text: 'line one\nline two', list: [1, 2] };

describe('serialize', () => {
  it('writes 2-space JSON with a trailing newline', () => {
    expect(toJsonText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it('writes YAML that reads back as the same document, with the banner', () => {
    const text = toYamlText(document);
    expect(text.startsWith(YAML_BANNER)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    expect(parse(text)).toEqual(document);
  });

  it('quotes strings a YAML 1.1 reader would take for dates, booleans or numbers', () => {
    const text = toYamlText(document);
    expect(text).toContain('version: "2014-06-30"');
    expect(text).toContain('flag: "yes"');
    expect(parse(text, { version: '1.1' })).toEqual(document);
  });

  it('is deterministic', () => {
    expect(toYamlText(document)).toBe(toYamlText(structuredClone(document)));
  });
});

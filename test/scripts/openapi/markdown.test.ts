import { describe, expect, it } from 'vitest';
import { unwrapDescriptions, unwrapMarkdown } from '../../../scripts/openapi/markdown.ts';

describe('unwrapMarkdown', () => {
  it.each<[string, string, string]>([
    ['joins a hard-wrapped paragraph with a space', 'the last step of the guest\nflows; the pool', 'the last step of the guest flows; the pool'],
    ['keeps paragraphs apart', 'one\ntwo\n\nthree\nfour', 'one two\n\nthree four'],
    ['starts each list item anew and joins its continuation', 'Pitfalls:\n- a long\n  item\n- b\n1. c\n   d', 'Pitfalls:\n- a long item\n- b\n1. c d'],
    ['keeps fenced code as it is', 'Call:\n\n```http\nPOST / HTTP/1.1\nHost: x\n```\nafter\nwards', 'Call:\n\n```http\nPOST / HTTP/1.1\nHost: x\n```\nafter wards'],
    ['keeps headings and table rows on their lines', '## A heading\ntext\nmore\n| a | b |\n|---|---|', '## A heading\ntext more\n| a | b |\n|---|---|'],
    ['keeps an indented code block', 'text\n\n    code line 1\n    code line 2', 'text\n\n    code line 1\n    code line 2'],
    ['leaves one-line text alone', 'Names the operation.', 'Names the operation.'],
  ])('%s', (_what, text, want) => {
    expect(unwrapMarkdown(text)).toBe(want);
  });
});

describe('unwrapDescriptions', () => {
  it('unwraps descriptions and summaries at any depth, never examples or code samples', () => {
    const doc = {
      info: { description: 'a\nb' },
      paths: { '/': { post: { summary: 'x\ny', 'x-codeSamples': [{ source: 'a\nb' }], responses: { 200: { description: 'c\nd', content: { m: { examples: { e: { value: { description: 'keep\nme' } } } } } } } } } },
    };
    expect(unwrapDescriptions(doc)).toEqual({
      info: { description: 'a b' },
      paths: { '/': { post: { summary: 'x y', 'x-codeSamples': [{ source: 'a\nb' }], responses: { 200: { description: 'c d', content: { m: { examples: { e: { value: { description: 'keep\nme' } } } } } } } } } },
    });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bm25, tokens } from '../support/bm25.ts';
import { repoPath } from '../support/paths.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const document: Obj = JSON.parse(readFileSync(repoPath('packages/document/openapi.json'), 'utf8'));
const { intents } = JSON.parse(readFileSync(repoPath('test/fixtures/intents.json'), 'utf8')) as { intents: Array<{ request: string; operation: string }> };

/** What a tool search indexes for an operation: its name, title (summary) and description, as published. */
const searchable = Object.fromEntries(Object.values(document.paths as Obj).map(({ post }: Obj) => [
  post.operationId as string,
  [post.operationId, post.summary, post.description].join('\n'),
]));
const rank = bm25(searchable);

describe('bm25', () => {
  it('splits camelCase, drops stop words and folds plurals', () => {
    expect(tokens('GetIdentityPoolRoles for the pools and identities')).toEqual(['get', 'identity', 'pool', 'role', 'pool', 'identity']);
  });

  it('ranks the document that holds the rarer query term first', () => {
    const ranked = rank('merge developer users');
    expect(ranked[0]?.id).toBe('MergeDeveloperIdentities');
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? 0);
  });
});

describe('intent search over the published titles and descriptions (test/fixtures/intents.json)', () => {
  it('holds at least 30 requests, and one for every operation', () => {
    expect(intents.length).toBeGreaterThanOrEqual(30);
    expect(new Set(intents.map((i) => i.operation))).toEqual(new Set(Object.keys(searchable)));
  });

  it('ranks each request\'s operation first', () => {
    const misses = intents.flatMap(({ request, operation }) => {
      const [first, second] = rank(request);
      return first?.id === operation && (first.score > (second?.score ?? 0)) ? [] : [`"${request}": ${first?.id} first, want ${operation}`];
    });
    expect(misses).toEqual([]);
  });
});

/**
 * The README's tool matrix is `npm run bench:tools`'s output: the table between the tools markers is
 * bench/tool-matrix.json, rendered, with a row for every tool the matrix checks. The runs themselves install
 * tools and take minutes, so they stay in the bench; the pure table code is tested here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../bench/tools/index.ts';
import { failureSummary, mergeRows, toMarkdownTable, withTable, type ToolRow } from '../../bench/tools/table.ts';
import { repoPath } from '../support/paths.ts';

const row = (id: string, status: ToolRow['status'], extra: Partial<ToolRow> = {}): ToolRow => ({
  id, tool: id, versions: [`${id}@1.0.0`], status, generates: 'generated', types: 'strict: ok', emulator: 'called', recipe: '', machine: '2 cores', ...extra,
});

describe('the README tool matrix', () => {
  it('is bench/tool-matrix.json as npm run bench:tools writes it, one row per tool checked (run it to refresh)', () => {
    const { rows } = JSON.parse(readFileSync(repoPath('bench/tool-matrix.json'), 'utf8')) as { rows: ToolRow[] };
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    expect(readme).toBe(withTable(readme, toMarkdownTable(rows)));
    expect(rows.map((r) => r.id)).toEqual(TOOLS.map((tool) => tool.id));
  });
});

describe('mergeRows', () => {
  it('replaces the rows of the tools run, keeps the others, and orders them as the matrix does', () => {
    const merged = mergeRows([row('a', 'pass'), row('b', 'fail'), row('gone', 'pass')], [row('b', 'pass'), row('c', 'pass')], ['c', 'a', 'b']);
    expect(merged.map((r) => `${r.id}:${r.status}`)).toEqual(['c:pass', 'a:pass', 'b:pass']);
  });
});

describe('toMarkdownTable', () => {
  it('gives a passing row its cells, a failing row its error, and escapes pipes and tags', () => {
    const table = toMarkdownTable([
      row('ok', 'pass', { recipe: '`a | b`', withoutRecipe: 'every header is <string>' }),
      row('bad', 'fail', { failure: '/usr/bin/node x.mjs: status 1\n    throw new Error(x)\nError: openapi.yaml: must NOT have unevaluated properties', knownIssue: '[o/r#1](https://github.com/o/r/issues/1)' }),
    ]);
    expect(table).toContain('| ok | ok@1.0.0 | pass: generated; strict: ok; called | `a \\| b` | every header is &lt;string> |  |');
    expect(table).toContain('| bad | bad@1.0.0 | **fail**: Error: openapi.yaml: must NOT have unevaluated properties | nothing |  | [o/r#1](https://github.com/o/r/issues/1) |');
    expect(table).toContain('Machine: 2 cores.');
  });

  it('summarises a tsc failure by its first error', () => {
    expect(failureSummary('tsc -p x: status 2\ncall.ts(8,73): error TS2339: Property \'data\' does not exist')).toBe('call.ts(8,73): error TS2339: Property \'data\' does not exist');
  });
});

describe('withTable', () => {
  it('writes between the markers and refuses a README without them', () => {
    expect(withTable('a\n<!-- tools:start -->\nold\n<!-- tools:end -->\nb', 'new')).toBe('a\n<!-- tools:start -->\nnew\n<!-- tools:end -->\nb');
    expect(() => withTable('no markers', 'new')).toThrow(/markers/);
  });
});

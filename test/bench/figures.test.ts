/** The README's figures are `npm run bench`'s output: the table between the markers is bench/results.json, rendered. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END_MARKER, FIGURE_ORDER, START_MARKER, mergeFigures, toFiguresTable, withFigures, type Figure, type Results } from '../../bench/figures.ts';
import { repoPath } from '../support/paths.ts';

const figure = (key: string, value: string): Figure => ({ key, what: key, figure: value, goal: '' });

describe('the README figures', () => {
  it('are bench/results.json as npm run bench writes them (run it to refresh; never edit by hand)', () => {
    const results = JSON.parse(readFileSync(repoPath('bench/results.json'), 'utf8')) as Results;
    const readme = readFileSync(repoPath('README.md'), 'utf8');
    expect(readme).toBe(withFigures(readme, toFiguresTable(results)));
    // Every headline figure is there, in the table's order.
    expect(results.figures.map((f) => f.key)).toEqual(FIGURE_ORDER);
  });
});

describe('mergeFigures', () => {
  it('replaces the rows of a group run alone and keeps the table order', () => {
    const stored = [figure('generation', 'old'), figure('build', 'b'), figure('docs', 'd')];
    expect(mergeFigures(stored, [figure('generation', 'new'), figure('bundle', 'x')]).map((f) => `${f.key}=${f.figure}`))
      .toEqual(['generation=new', 'build=b', 'bundle=x', 'docs=d']);
  });
});

describe('toFiguresTable and withFigures', () => {
  it('writes a markdown table between the markers, escaping pipes', () => {
    const table = toFiguresTable({ figures: [{ key: 'k', what: 'a|b', figure: '1 ms', goal: '< 2 ms: met', machine: '2 cores' }] });
    expect(table).toContain('on 2 cores;');
    expect(table).toContain('| a\\|b | 1 ms | < 2 ms: met |');
    expect(withFigures(`x\n${START_MARKER}\nold\n${END_MARKER}\ny`, table)).toBe(`x\n${START_MARKER}\n${table}\n${END_MARKER}\ny`);
  });

  it('says per row what each figure was measured on when runs differ', () => {
    const table = toFiguresTable({ figures: [{ ...figure('a', '1'), machine: 'load 1' }, { ...figure('b', '2'), machine: 'load 3' }] });
    expect(table).toContain('| a | 1 |  | load 1 |');
    expect(table).toContain('| b | 2 |  | load 3 |');
  });

  it('refuses a README without the markers', () => {
    expect(() => withFigures('no markers', 't')).toThrow('no <!-- bench:start -->');
  });
});

/**
 * The README's figures come from here, never from a hand: each benchmark returns its headline figures,
 * `npm run bench` stores the latest of each in bench/results.json and writes them as the table between
 * `<!-- bench:start -->` and `<!-- bench:end -->` in README.md. A group run alone replaces only its rows.
 */

/** One row of the README table. */
export interface Figure {
  /** Stable id; rows are kept in FIGURE_ORDER. */
  key: string;
  what: string;
  figure: string;
  /** The goal and whether it was met, as the benchmark judged it; empty when there is none. */
  goal: string;
  /** Where and under what load it was measured (run.ts fills it in). */
  machine?: string;
}

/** The stored results: the latest figure of each key. */
export interface Results {
  figures: Figure[];
}

/** Row order of the table. */
export const FIGURE_ORDER = ['generation', 'build', 'provider', 'bundle', 'install', 'emulator-install', 'cpu', 'calls', 'cold-start', 'mock-10', 'mock-100', 'emulator-moto', 'emulator-durable', 'emulator-delete', 'emulator-scale', 'docs', 'agent-readiness', 'owasp'];

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** `met` or `missed`, for a goal line. */
export const verdict = (met: boolean): string => (met ? 'met' : 'missed');

/** The stored figures with the fresh ones replacing those of the same key, in FIGURE_ORDER. */
export function mergeFigures(stored: readonly Figure[], fresh: readonly Figure[]): Figure[] {
  const byKey = new Map([...stored, ...fresh].map((f) => [f.key, f]));
  const rank = (key: string) => (FIGURE_ORDER.includes(key) ? FIGURE_ORDER.indexOf(key) : FIGURE_ORDER.length);
  return [...byKey.values()].sort((a, b) => rank(a.key) - rank(b.key) || (a.key < b.key ? -1 : 1));
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The markdown table, saying what it was measured on: in a line when one run gave every figure, else per row. */
export function toFiguresTable(results: Results): string {
  const machines = [...new Set(results.figures.map((f) => f.machine ?? 'unknown'))];
  const one = machines.length === 1;
  return [
    `Measured by \`npm run bench\`${one ? ` on ${machines[0]}` : ''}; written by it, not by hand.`,
    '',
    one ? '| what | figure | goal |' : '| what | figure | goal | measured on |',
    one ? '|---|---|---|' : '|---|---|---|---|',
    ...results.figures.map((f) => `| ${cell(f.what)} | ${cell(f.figure)} | ${cell(f.goal)} |${one ? '' : ` ${cell(f.machine ?? 'unknown')} |`}`),
  ].join('\n');
}

/** The README with the text between the markers replaced; throws when the markers are missing. */
export function withFigures(readme: string, table: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md: no ${START_MARKER} ... ${END_MARKER} section for the figures`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${table}\n${readme.slice(end)}`;
}

/** The matrix's rows, kept in bench/tool-matrix.json, and the README table made from them. Pure. */

/** One tool's result. */
export interface ToolRow {
  id: string;
  tool: string;
  versions: string[];
  status: 'pass' | 'fail';
  generates: string;
  types: string;
  emulator: string;
  failure?: string;
  recipe: string;
  withoutRecipe?: string;
  knownIssue?: string;
  machine: string;
}

/** Stored rows with fresh ones replacing theirs, in the matrix's order; rows of tools no longer checked go. */
export function mergeRows(stored: readonly ToolRow[], fresh: readonly ToolRow[], order: readonly string[]): ToolRow[] {
  const byId = new Map([...stored, ...fresh].map((row) => [row.id, row]));
  return order.flatMap((id) => byId.get(id) ?? []);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/<(?=\w)/g, '&lt;');

/** The first line of a failure, short enough for a table cell. */
export function failureSummary(failure: string): string {
  const lines = failure.split('\n').map((line) => line.trim()).filter(Boolean);
  const telling = lines.find((line) => /^(\w*Error\b|error TS\d+|.*\.ts\(\d+,\d+\): error)/.test(line))
    ?? lines.find((line) => /error|must|invalid|fail|cannot|unexpected/i.test(line) && !/^(\/|throw |\s*at )/.test(line)) ?? lines[0] ?? '';
  return telling.length > 160 ? `${telling.slice(0, 157)}...` : telling;
}

/** The README table: one line per tool, the result first, then what it needs. */
export function toMarkdownTable(rows: readonly ToolRow[]): string {
  const lines = rows.map((row) => {
    const result = row.status === 'pass'
      ? `pass: ${[row.generates, row.types, row.emulator].filter(Boolean).join('; ')}`
      : `**fail**: ${failureSummary(row.failure ?? '')}`;
    return `| ${cell(row.tool)} | ${cell(row.versions.join(', '))} | ${cell(result)} | ${cell(row.recipe || 'nothing')} | ${cell(row.withoutRecipe ?? '')} | ${cell(row.knownIssue ?? '')} |`;
  });
  const machines = [...new Set(rows.map((row) => row.machine))].join('; ');
  return [
    `Run by \`npm run bench:tools\` (each tool freshly installed outside the repository); written by it, not by hand. Machine: ${machines}.`,
    '',
    '| tool | version | result (generate or validate; strict type-check; calls to the emulator) | recipe | without the recipe (measured) | tool\'s own bug |',
    '|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

/** `readme` with the table between the tools markers. */
export function withTable(readme: string, table: string): string {
  const start = '<!-- tools:start -->';
  const end = '<!-- tools:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: no ${start} ... ${end} markers for the tool matrix`);
  return `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
}

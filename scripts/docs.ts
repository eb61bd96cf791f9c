/**
 * `npm run docs`: renders packages/document/openapi.yaml with Redocly CLI (`build-docs --inlineBundle`, theme and
 * template from redocly.yaml) into docs/dist/index.html, then makes the page fully self-contained: the
 * one thing Redoc still fetches at view time, its attribution logo, is inlined as an SVG data URI. It also
 * mends where Redoc joins a description's text for its search index (see `spaceSearchText`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Remote assets Redoc's bundle loads at view time, and the inline stand-ins that keep the attribution. */
const REMOTE_ASSETS: Record<string, string> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': svg(64, 'Redocly'),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': svg(16, 'R'),
};

function svg(width: number, text: string): string {
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#1f5fae">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(markup)}`;
}

/** The page with every known remote asset inlined; throws if one is no longer where it was expected. */
export function inlineRemoteAssets(html: string): string {
  return Object.entries(REMOTE_ASSETS).reduce((page, [url, inline]) => {
    if (!page.includes(url)) throw new Error(`docs: Redoc no longer references ${url}; review scripts/docs.ts`);
    return page.split(url).join(inline);
  }, html);
}

/**
 * Redoc's search index takes a description's text by walking its Markdoc tree and joining every text node
 * with nothing between them, so the last word of one list item runs into the first of the next
 * ("never tokens.Dates"), as did the lines of a hard-wrapped paragraph before the generator unwrapped them
 * (scripts/openapi/markdown.ts). The walk is patched to end each list item, paragraph and line break with a
 * space. The function is matched by its shape, whatever the minifier named it; throws if Redoc changed it.
 */
const SEARCH_TEXT_WALK = /(function [\w$]+\(e\)\{let t=\[\];function n\(e\)\{if\(![\w$]+\(e\)\)\{typeof e\.attributes\?\.content==`string`&&t\.push\(e\.attributes\.content\);for\(let t of e\.children\?\?\[\]\)n\(t\))(\}\}return n\(e\),t\.join\(``\)\})/g;

/** The page with Redoc's search-text walk separating list items, paragraphs and line breaks by a space. */
export function spaceSearchText(html: string): string {
  const matches = html.match(SEARCH_TEXT_WALK)?.length ?? 0;
  if (matches !== 1) throw new Error(`docs: Redoc's search-text walk found ${matches} times, not once; review scripts/docs.ts`);
  return html.replace(SEARCH_TEXT_WALK, "$1;['item','paragraph','softbreak','hardbreak'].includes(e.type)&&t.push(' ')$2");
}

/** The Redocly CLI command that renders the reference into `output`, run in the repository's root. */
export function docsCommand(output: string): { file: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    file: join(root, 'node_modules/.bin/redocly'),
    args: ['build-docs', 'packages/document/openapi.yaml', '--inlineBundle', '--output', output],
    env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  };
}

/** The rendered page made self-contained and its search text spaced: what the docs ship. */
export function finishDocs(html: string): string {
  return spaceSearchText(inlineRemoteAssets(html));
}

/** Builds the docs into `output` (default docs/dist/index.html). */
export function buildDocs(output = join(root, 'docs/dist/index.html')): string {
  mkdirSync(dirname(output), { recursive: true });
  const { file, args, env } = docsCommand(output);
  try {
    execFileSync(file, args, { cwd: root, stdio: 'pipe', env });
  } catch (error) {
    throw new Error(`redocly build-docs failed:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  writeFileSync(output, finishDocs(readFileSync(output, 'utf8')));
  return output;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const output = buildDocs(process.argv[2]);
  console.log(`wrote ${output.startsWith(root) ? output.slice(root.length + 1) : output}`);
}

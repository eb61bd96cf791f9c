/**
 * Every `ts` block of README.md, run as written against the mock: the text is read from the README itself,
 * so what the README says is what is tested. Each block is compiled with esbuild and run by Node as a module
 * inside the repository (so `cognito-identity-openapi` resolves to this package's compiled `dist/`), with
 * four honest edits, each visible below: the developer credentials it names are defined, a client without an
 * `endpoint` is pointed at the mock, the mock's default address `http://127.0.0.1:4631` becomes the test
 * mock's, and every `console.log` call site reports that it was reached. Blocks are bundled with packages
 * left to Node, so the hey-api recipe's `./cognito/` is a client @hey-api/openapi-ts generates here.
 * A block passes when it exits 0, reaches every `console.log` it contains, and logs no `undefined`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../packages/server/src/mock/server.ts';
import { repoPath } from './support/paths.ts';

const run = promisify(execFile);

/** The fenced `ts` blocks of a markdown text, with their indentation removed. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```ts\n([\s\S]*?)^\1```$/gm)].map(([, indent = '', body = '']) =>
    body.split('\n').map((line) => line.slice(indent.length)).join('\n'));
}

/** The block made runnable against `endpoint`, each console.log call site numbered. */
export function instrument(block: string): { code: string; sites: number } {
  let sites = 0;
  const logged = block.replace(/console\.log\(/g, () => `__readmeLog(${sites++}, `);
  const pointed = (/endpoint\s*:|baseUrl\s*:/.test(block) ? logged : logged.replace(/createCognitoIdentityClient\(\{/g, 'createCognitoIdentityClient({ endpoint: process.env.README_MOCK_URL,'))
    .replaceAll("'http://127.0.0.1:4631'", 'process.env.README_MOCK_URL');
  const prelude = [
    "const accessKeyId = 'AKIAIOSFODNN7EXAMPLE', secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';",
    'const __readmeLog = (site, ...args) => process.stdout.write(JSON.stringify({ site, undefinedArgs: args.filter((a) => a === undefined).length, args }) + "\\n");',
  ].join('\n');
  const imports = pointed.match(/^import .*$/gm) ?? [];
  const rest = pointed.replace(/^import .*$/gm, '');
  return { code: `${imports.join('\n')}\n${prelude}\n${rest}`, sites };
}

const blocks = tsBlocks(readFileSync(repoPath('README.md'), 'utf8'));
const workDir = repoPath('test-results/readme');
let mock: MockServer;

beforeAll(async () => {
  mkdirSync(workDir, { recursive: true });
  mock = await startMockServer({ port: 0 });
  const { createClient } = await import('@hey-api/openapi-ts');
  await createClient({ input: repoPath('packages/document/openapi.json'), output: join(workDir, 'cognito'), plugins: ['@hey-api/client-fetch'], logs: { level: 'silent' } } as never);
});
afterAll(async () => { await mock?.close(); });

describe('tsBlocks and instrument', () => {
  it('finds top-level and indented blocks, and points only clients without an endpoint at the mock', () => {
    const markdown = 'x\n```ts\nconsole.log(1);\n```\n- item\n\n  ```ts\n  const c = createCognitoIdentityClient({ endpoint: u });\n  ```\n';
    expect(tsBlocks(markdown)).toEqual(['console.log(1);\n', 'const c = createCognitoIdentityClient({ endpoint: u });\n']);
    expect(instrument('console.log(a); console.log(b);').sites).toBe(2);
    expect(instrument("createCognitoIdentityClient({ region: 'r' })").code).toContain('createCognitoIdentityClient({ endpoint: process.env.README_MOCK_URL, region');
    expect(instrument('createCognitoIdentityClient({ endpoint: u })').code).not.toContain('README_MOCK_URL');
  });
});

describe('README.md', () => {
  it('has ts blocks to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((block, index) => [index + 1, block] as const))('block %i runs against the mock and reaches every console.log', async (index, block) => {
    const { code, sites } = instrument(block);
    const file = join(workDir, `block-${index}.mjs`);
    await build({ stdin: { contents: code, resolveDir: workDir, loader: 'ts' }, bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'silent' });
    const { stdout } = await run(process.execPath, [file], { cwd: repoPath(), env: { ...process.env, README_MOCK_URL: mock.url }, timeout: 30_000 });
    const logs = stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { site: number; undefinedArgs: number; args: unknown[] });
    expect(new Set(logs.map((l) => l.site)), `console.log sites reached, of ${sites}`).toEqual(new Set(Array.from({ length: sites }, (_, i) => i)));
    expect(logs.filter((l) => l.undefinedArgs > 0), 'logged undefined').toEqual([]);
  });
});

/**
 * The README's recipes for this branch's features, run as written against the mock: the per-operation
 * functions, the credential provider with S3Client, and createSigningFetch with openapi-fetch and with a
 * client @hey-api/openapi-ts generates. Honest edits, all visible here: `http://127.0.0.1:4010` becomes the
 * mock's URL, `./cognito/` the freshly generated hey-api client, and the developer credentials are defined.
 * Each block is bundled by esbuild (packages left to Node, so `cognito-identity-openapi` is the compiled
 * package) and must exit 0 having logged no `undefined`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../../src/mock/server.ts';
import { repoPath } from '../../support/paths.ts';

const RECIPE = /createCognitoIdentityContext|fromCognitoIdentityPool|createSigningFetch/;
const blocks = [...readFileSync(repoPath('README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string).filter((b) => RECIPE.test(b));
const workDir = repoPath('test-results/readme-recipes');
let mock: MockServer;

beforeAll(async () => {
  mkdirSync(workDir, { recursive: true });
  mock = await startMockServer({ port: 0 });
  const { createClient } = await import('@hey-api/openapi-ts');
  await createClient({ input: repoPath('generated/openapi.json'), output: join(workDir, 'cognito'), plugins: ['@hey-api/client-fetch'], logs: { level: 'silent' } } as never);
});
afterAll(async () => { await mock?.close(); });

describe('README recipes', () => {
  it('has the four recipes', () => {
    expect(blocks).toHaveLength(4);
  });

  it.each(blocks.map((b, i) => [i + 1, b] as const))('recipe %i runs against the mock', async (index, block) => {
    const code = "const accessKeyId = 'AKIAIOSFODNN7EXAMPLE', secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';\n"
      + block.replaceAll('http://127.0.0.1:4010', mock.url);
    const file = join(workDir, `recipe-${index}.mjs`);
    await build({ stdin: { contents: code, resolveDir: workDir, loader: 'ts' }, bundle: true, packages: 'external', platform: 'node', format: 'esm', outfile: file, logLevel: 'silent' });
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: repoPath(), timeout: 30_000 });
    expect(stdout.trim()).not.toBe('');
    expect(stdout).not.toContain('undefined');
  });
});

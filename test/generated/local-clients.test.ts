/**
 * The overview's "Pointing a client at a local server" section, run as written: each of its code blocks (the
 * AWS SDK v3, boto3, the AWS CLI, this client, AWS Amplify) is read from the published document, pointed at
 * a mock on a free port in place of `http://127.0.0.1:4010`, and run; each must print the identity id the mock
 * answers. TypeScript blocks run as ES modules inside the repository, so their packages resolve as an app's would.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { document } from '../support/document.ts';
import { hasBotocore, hasCommand } from '../support/environment.ts';
import { repoPath } from '../support/paths.ts';

const run = promisify(execFile);
const env = { ...process.env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_PAGER: '' };
const DEFAULT_ADDRESS = 'http://127.0.0.1:4010';

/** The section's fenced blocks, in order, with their language. */
export function sectionBlocks(markdown: string, heading: string): Array<{ lang: string; code: string }> {
  const start = markdown.indexOf(`## ${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 4);
  const section = rest.slice(0, rest.search(/^## /m) >= 0 ? rest.search(/^## /m) : undefined);
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang = '', code = '']) => ({ lang, code }));
}

const blocks = sectionBlocks(String(document.info.description), 'Pointing a client at a local server');
const workDir = repoPath('test-results/local-clients');
let mock: MockServer;
let answer: string;

beforeAll(async () => {
  mkdirSync(workDir, { recursive: true });
  mock = await startMockServer({ port: 0 });
  const res = await fetch(`${mock.url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: JSON.stringify({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }) });
  answer = ((await res.json()) as { IdentityId: string }).IdentityId;
});
afterAll(async () => { await mock?.close(); });

async function runBlock(lang: string, code: string, index: number): Promise<string> {
  const pointed = code.replaceAll(DEFAULT_ADDRESS, mock.url);
  if (lang === 'ts') {
    const file = join(workDir, `block-${index}.mjs`);
    writeFileSync(file, pointed);
    return (await run(process.execPath, [file], { env, cwd: repoPath('.') })).stdout;
  }
  if (lang === 'python') return (await run('python3', ['-c', pointed], { env })).stdout;
  return (await run('sh', ['-c', pointed], { env })).stdout;
}

describe('the overview\'s local-server section', () => {
  it('shows the AWS SDK v3, boto3, the AWS CLI, this client and Amplify, in five blocks', () => {
    expect(blocks.map((b) => b.lang)).toEqual(['ts', 'python', 'sh', 'ts', 'ts']);
    expect(blocks.map((b) => b.code).join('\n')).toMatch(/client-cognito-identity[\s\S]*boto3[\s\S]*aws cognito-identity[\s\S]*cognito-identity-openapi'[\s\S]*aws-amplify/);
    for (const block of blocks) expect(block.code).toContain(DEFAULT_ADDRESS);
  });

  it.each(blocks.map((block, index) => ({ ...block, index, name: `${index + 1}: ${block.code.match(/from '([^']+)'|^(import boto3|aws cognito-identity)/m)?.slice(1).find(Boolean)}` })))(
    'block $name prints the identity id the local server answers',
    async ({ lang, code, index }) => {
      if ((lang === 'python' && !hasBotocore()) || (lang === 'sh' && !hasCommand('aws'))) return;
      expect(await runBlock(lang, code, index)).toContain(answer);
    },
    60_000,
  );
});

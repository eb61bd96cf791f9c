/**
 * The release check, part one: the packages as the registry would serve them. `npm pack` of the three workspace
 * packages (holding `dist/` as `npm test` compiled it just before; packed once per run, shared with the other
 * tarball tests: support/packed-once.ts), checked by publint and @arethetypeswrong/cli (ESM-only profile); then
 * the client alone installed in a fresh project, as a browser or Node app installs it: how many packages and
 * bytes it brings (the goal: at most 5 and 1 MB), none of the servers' dependencies, its entries working against
 * a mock and type-checking. The server's install is server-tarball.test.ts, which runs beside this file.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from '../../packages/server/src/mock/server.ts';
import { repoPath } from '../support/paths.ts';
import { EXAMPLE_KEYS, EXAMPLE_POOL, runIn, typeCheck } from '../support/in-project.ts';
import { WORKSPACES, diskKilobytes, freshProject, installedPackages } from '../support/packed.ts';
import { packedOnce } from '../support/packed-once.ts';

const run = promisify(execFile);

let work: string;
let tarballs: Record<(typeof WORKSPACES)[number], string>;
let clientProject: string;

/** publint's and attw's output per tarball, started as soon as the tarballs exist: they run while npm installs. */
let linted: Record<(typeof WORKSPACES)[number], Promise<{ publint: string; attw: string }>>;

/** Runs publint (strict) and @arethetypeswrong/cli (ESM-only profile) on one tarball; both fail on a problem. */
async function lintTarball(folder: (typeof WORKSPACES)[number]): Promise<{ publint: string; attw: string }> {
  // The document's YAML files are data, not modules: read as files, so not entry points for type resolution.
  const yaml = folder === 'document' ? ['--exclude-entrypoints', './openapi.yaml', './workflows.arazzo.yaml'] : [];
  const [publint, attw] = await Promise.all([
    run(repoPath('node_modules/.bin/publint'), ['run', '--strict', tarballs[folder]], { encoding: 'utf8', timeout: 240_000 }),
    run(repoPath('node_modules/.bin/attw'), [tarballs[folder], '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji', ...yaml], { encoding: 'utf8', timeout: 240_000 }),
  ]);
  return { publint: publint.stdout, attw: attw.stdout };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cognito-client-tarball-'));
  ({ tarballs } = await packedOnce());
  linted = Object.fromEntries(WORKSPACES.map((folder) => {
    const result = lintTarball(folder);
    result.catch(() => {}); // awaited by its test, which reports the failure
    return [folder, result];
  })) as typeof linted;
  clientProject = await freshProject(work, 'client-app', [tarballs.client]);
}, 300_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('the tarballs', () => {
  it.each(WORKSPACES)('%s holds the LICENSE (the root one), its README and package.json, and no sources or tests', (folder) => {
    const files = execFileSync('tar', ['-tzf', tarballs[folder]], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(files.filter((f) => /^(src|test|scripts|generated)\/|\.tsbuildinfo$/.test(f))).toEqual([]);
    const license = execFileSync('tar', ['-xOzf', tarballs[folder], 'package/LICENSE'], { encoding: 'utf8' });
    expect(license).toBe(readFileSync(repoPath('LICENSE'), 'utf8'));
    expect(license).toContain('Apache License\n                           Version 2.0, January 2004');
  });

  it.each(WORKSPACES)('%s: publint (strict) finds nothing', async (folder) => {
    expect((await linted[folder]).publint).toContain('All good!');
  }, 240_000);

  it.each(WORKSPACES)('%s: @arethetypeswrong/cli finds nothing under the ESM-only profile', async (folder) => {
    // attw exits non-zero on any problem the profile does not ignore; the ESM-only profile ignores node10 and
    // require() from CommonJS (which Node 20.19+ does load: tested below).
    const { attw } = await linted[folder];
    expect(attw.split('\n').filter((line) => /Resolution failed|dynamic import only|error|warning|Incorrect|Masquerad|Missing|mismatch/i.test(line) && !/ignored/.test(line))).toEqual([]);
    expect(attw).toMatch(/node16 \(from ESM\): OK/);
  }, 240_000);
});

describe('the client package installed alone in a fresh project', () => {
  it('brings at most 5 packages and 1 MB on disk, and none of the servers\' dependencies, sources or docs', () => {
    expect(installedPackages(clientProject)).toEqual(['aws4', 'aws4fetch', 'cognito-identity-openapi', 'openapi-fetch', 'openapi-typescript-helpers']);
    const kilobytes = diskKilobytes([join(clientProject, 'node_modules')]);
    expect(kilobytes).toBeGreaterThan(0);
    expect(kilobytes).toBeLessThanOrEqual(1024);
    const files = execFileSync('find', ['node_modules', '-type', 'f'], { cwd: clientProject, encoding: 'utf8' }).split('\n');
    expect(files.filter((f) => /\.html$|prism|modelcontextprotocol|classic-level|^node_modules\/cognito-identity-openapi\/(src|test|scripts|generated)\//.test(f))).toEqual([]);
  });

  describe('its entries against the mock', () => {
    let mock: MockServer;
    beforeAll(async () => { mock = await startMockServer({ port: 0 }); });
    afterAll(async () => { await mock?.close(); });

    it('the provider, the browser-safe client, the Node client and the protocol rules all work', async () => {
      const output = await runIn(clientProject, 'app.mjs', `
import { createCognitoIdentityClient, isCognitoIdentityError } from 'cognito-identity-openapi';
import { fromCognitoIdentityPool } from 'cognito-identity-openapi/credentials';
import * as node from 'cognito-identity-openapi/node';
import { targetOf } from 'cognito-identity-openapi/protocol';
const endpoint = process.argv[2];
const credentials = await fromCognitoIdentityPool({ identityPoolId: '${EXAMPLE_POOL}', endpoint })();
const pool = await node.createCognitoIdentityClient({ region: 'us-east-1', endpoint, credentials: ${EXAMPLE_KEYS} }).describeIdentityPool({ IdentityPoolId: '${EXAMPLE_POOL}' });
const error = await createCognitoIdentityClient({ region: 'us-east-1', endpoint, credentials: ${EXAMPLE_KEYS} })
  .describeIdentityPool({ IdentityPoolId: '${EXAMPLE_POOL}' }, { headers: { Prefer: 'error=ResourceNotFoundException' } }).catch((e) => e);
console.log(JSON.stringify({ identityId: credentials.identityId, token: typeof credentials.sessionToken, expires: credentials.expiration instanceof Date,
  name: pool.IdentityPoolName, error: isCognitoIdentityError(error, 'ResourceNotFoundException') && error.status, target: targetOf('GetId') }));
`, [mock.url]);
      expect(JSON.parse(output)).toEqual({
        identityId: expect.stringMatching(/^us-east-1:/), token: 'string', expires: true,
        name: 'PhotoShare production', error: 400, target: 'AWSCognitoIdentityService.GetId',
      });
    });
  });

  it('gives every entry types that a strict TypeScript project checks against', () => {
    expect(() => typeCheck(clientProject, 'typed.ts', `
import { createCognitoIdentityClient, getId, type Output } from 'cognito-identity-openapi';
import { fromCognitoIdentityPool, type CognitoIdentityCredentials } from 'cognito-identity-openapi/credentials';
import { createCognitoIdentityClient as createNodeClient } from 'cognito-identity-openapi/node';
import { MEDIA_TYPE } from 'cognito-identity-openapi/protocol';
const provider = fromCognitoIdentityPool({ identityPoolId: 'us-east-1:x' });
export const credentials: Promise<CognitoIdentityCredentials> = provider();
export const id: Promise<Output<'GetId'>> = createCognitoIdentityClient({ region: 'us-east-1' }).getId({ IdentityPoolId: 'us-east-1:x' });
export const node = createNodeClient({ region: 'us-east-1' }).listIdentityPools({ MaxResults: 10 });
export const media: 'application/x-amz-json-1.1' = MEDIA_TYPE;
export { getId };
// @ts-expect-error: MaxResults is a number
createNodeClient({ region: 'us-east-1' }).listIdentityPools({ MaxResults: '10' });
`)).not.toThrow();
  });
});

/**
 * The README's set-up in a fresh clone, as a new contributor does it: `git clone` of this repository (its
 * committed HEAD: uncommitted work is not in the clone), `npm ci` (from npm's cache where it can), then
 * `npx cognito-identity-openapi-server emulator`. `npm ci` links the workspaces' bins before its `prepare`
 * script compiles dist/, and npm links no bin whose file is missing: the bin is a committed file
 * (packages/server/bin/), so the link is made whatever the build order.
 * A whole `npm ci` of the repository (750 packages, then compiling) takes about a minute of CPU, more than
 * the rest of a local `npm test` can afford: it runs in CI (where `CI` is set, as `.ci/run` runs the suite)
 * and wherever `FRESH_CLONE=1` is set; elsewhere it is skipped, saying so.
 * CI runs the suite in a fresh clone after `npm ci` (`.ci/run` on a clean clone): when this checkout shows
 * that it is one (git sees no change, nothing untracked and nothing ignored beyond what `npm ci` and
 * `npm test` make; the installed packages are package-lock.json's: support/fresh-checkout.ts), the checks run
 * on it rather than on a second clone of the same commit installed the same way. Otherwise it is cloned.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningUrl, waitUntilRefused } from '../support/listening.ts';
import { QUIET_NPM } from '../support/packed.ts';
import { repoPath } from '../support/paths.ts';
import { notFreshBecause } from '../support/fresh-checkout.ts';

/** Whether this run does the fresh clone (see above). */
const FRESH_CLONE = process.env.CI !== undefined || process.env.FRESH_CLONE === '1';
if (!FRESH_CLONE) console.log('fresh-clone.test.ts: skipped (a whole npm ci); set FRESH_CLONE=1 to run it, as CI does');

let work: string;
let clone: string;

beforeAll(() => {
  if (!FRESH_CLONE) return;
  const stray = notFreshBecause(repoPath());
  if (stray.length === 0) {
    clone = repoPath();
    console.log('fresh-clone.test.ts: this checkout is a fresh clone after npm ci (as .ci/run runs the suite): checked in place');
    return;
  }
  console.log(`fresh-clone.test.ts: cloning, as this checkout is not a fresh one (${stray.length} differences, first: ${stray.slice(0, 3).join('; ')})`);
  work = mkdtempSync(join(tmpdir(), 'cognito-clone-'));
  clone = join(work, 'cognito-identity-openapi');
  execFileSync('git', ['clone', '--quiet', repoPath(), clone], { stdio: 'pipe' });
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: clone, env: QUIET_NPM, stdio: 'pipe', timeout: 600_000 });
}, 600_000);

// A clone with its node_modules takes a minute to delete on a loaded machine: deleted in the background.
afterAll(() => { if (work) spawn('rm', ['-rf', work], { detached: true, stdio: 'ignore' }).unref(); });

describe.runIf(FRESH_CLONE)('a fresh clone after npm ci', () => {
  it('has the server\'s bin linked to the committed, executable bin file', () => {
    expect(readlinkSync(join(clone, 'node_modules/.bin/cognito-identity-openapi-server'))).toBe('../cognito-identity-openapi-server/bin/cognito-identity-openapi-server.js');
    expect(execFileSync('git', ['ls-files', '--stage', 'packages/server/bin/cognito-identity-openapi-server.js'], { cwd: clone, encoding: 'utf8' })).toMatch(/^100755 /);
  });

  it('starts the emulator with npx cognito-identity-openapi-server emulator: its health route answers, and so does the API', async () => {
    const npx = spawn('npx', ['cognito-identity-openapi-server', 'emulator', '--port', '0'], { cwd: clone, env: QUIET_NPM, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const { url } = listeningUrl(npx);
    const base = await url;
    try {
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', server: 'emulator', state: 'memory' });
      const call = await fetch(base, { method: 'POST', headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', 'Content-Type': 'application/x-amz-json-1.1' }, body: '{"IdentityPoolId":"us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}' });
      expect(call.status).toBe(400);
      expect(await call.json()).toMatchObject({ __type: 'ResourceNotFoundException' });
    } finally {
      process.kill(-(npx.pid as number), 'SIGINT');
      await waitUntilRefused(base);
    }
  });
});

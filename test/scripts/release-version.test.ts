/**
 * The packages move in step: one version for the repository and every package, each sibling dependency exact
 * at it. `releaseVersion` runs for real (npm's workspace versioning, then the lockfile) in a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inStep, isVersion, releaseVersion, type Manifest } from '../../scripts/release-version.ts';
import { repoPath } from '../support/paths.ts';

const read = (root: string, path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Manifest & { packages?: Record<string, Manifest> };

/** Every version and sibling dependency of the repository at `root`, as `name: version` lines. */
function versionsOf(root: string): string[] {
  const rootManifest = read(root, 'package.json');
  const manifests = (rootManifest.workspaces ?? []).map((folder) => read(root, join(folder, 'package.json')));
  const names = manifests.map((m) => m.name);
  return [rootManifest, ...manifests].flatMap((m) => [
    `${m.name}: ${m.version}`,
    ...Object.entries(m.dependencies ?? {}).filter(([name]) => names.includes(name)).map(([name, range]) => `${m.name} -> ${name}: ${range}`),
  ]);
}

describe('inStep', () => {
  it.each([
    [{ dependencies: { 'cognito-identity-openapi': '0.1.0', jose: '^6.2.17' } }, { dependencies: { 'cognito-identity-openapi': '0.2.0', jose: '^6.2.17' } }],
    [{ peerDependencies: { 'cognito-identity-openapi-document': '0.1.0' } }, { peerDependencies: { 'cognito-identity-openapi-document': '0.2.0' } }],
    [{ devDependencies: { vitest: '^4.1.12' } }, { devDependencies: { vitest: '^4.1.12' } }],
    [{}, {}],
  ])('moves sibling dependencies to the version and leaves the rest: %j', (given, want) => {
    const manifest = { name: 'x', version: '0.1.0', ...given };
    expect(inStep(manifest, '0.2.0', ['cognito-identity-openapi', 'cognito-identity-openapi-document'])).toEqual({ name: 'x', version: '0.1.0', ...want });
  });

  it.each([['0.2.0', true], ['1.0.0-rc.1', true], ['1.0.0+build.5', true], ['v0.2.0', false], ['0.2', false], ['', false]])('%j is a version: %s', (text, want) => {
    expect(isVersion(text)).toBe(want);
  });
});

describe('the repository', () => {
  it('has one version for itself and every package, and every sibling dependency exact at it', () => {
    const version = read(repoPath(), 'package.json').version;
    for (const line of versionsOf(repoPath())) expect(line.split(': ')[1], line).toBe(version);
  });
});

describe('releaseVersion in a fresh clone', () => {
  const work = mkdtempSync(join(tmpdir(), 'release-version-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('moves every version, sibling dependency and lockfile entry to the new version, and refuses a non-version', () => {
    const clone = join(work, 'repo');
    execFileSync('git', ['clone', '--quiet', repoPath(), clone], { stdio: 'pipe' });
    expect(() => releaseVersion(clone, 'v9.9.9')).toThrow('release:version: "v9.9.9" is not a version');
    const names = releaseVersion(clone, '9.9.9-test.1');
    expect(names).toEqual(['cognito-identity-openapi-document', 'cognito-identity-openapi', 'cognito-identity-openapi-server']);
    for (const line of versionsOf(clone)) expect(line.split(': ')[1], line).toBe('9.9.9-test.1');
    const lock = read(clone, 'package-lock.json');
    expect(lock.version).toBe('9.9.9-test.1');
    for (const folder of ['packages/document', 'packages/client', 'packages/server']) expect(lock.packages?.[folder]?.version, folder).toBe('9.9.9-test.1');
    expect(lock.packages?.['packages/server']?.dependencies?.['cognito-identity-openapi']).toBe('9.9.9-test.1');
  }, 300_000);
});

/**
 * `npm run release:version -- <version>`: moves the repository and its packages to one version, in step.
 * npm's workspace versioning (`npm version <version> --workspaces --include-workspace-root`) sets each
 * package's own version but leaves a package's exact dependency on a sibling (the server on the client and the
 * document) at the old one; `inStep` moves those too, and the lockfile is refreshed. Then commit, tag
 * `v<version>` and push the tag: .github/workflows/release.yml checks the tag against the versions and publishes.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a package.json this script reads and writes. */
export interface Manifest {
  name: string;
  version: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies'] as const;

/** `manifest` with every dependency on one of `siblings` set to exactly `version`; other fields untouched. */
export function inStep(manifest: Manifest, version: string, siblings: readonly string[]): Manifest {
  const moved: Manifest = { ...manifest };
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field];
    if (deps) moved[field] = Object.fromEntries(Object.entries(deps).map(([name, range]) => [name, siblings.includes(name) ? version : range]));
  }
  return moved;
}

/** Whether `text` is a version npm can publish (semver, optionally with a pre-release and build). */
export const isVersion = (text: string): boolean => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(text);

/** Runs the whole move in the repository at `root`; returns the packages' names. */
export function releaseVersion(root: string, version: string): string[] {
  if (!isVersion(version)) throw new Error(`release:version: ${JSON.stringify(version)} is not a version (such as 0.2.0 or 0.2.0-rc.1)`);
  const npm = (args: string[]) => execFileSync('npm', args, { cwd: root, stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
  npm(['version', version, '--workspaces', '--include-workspace-root', '--no-git-tag-version', '--no-workspaces-update', '--allow-same-version']);
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const paths = (read(join(root, 'package.json')).workspaces ?? []).map((folder) => join(root, folder, 'package.json'));
  const names = paths.map((path) => read(path).name);
  for (const path of paths) writeFileSync(path, `${JSON.stringify(inStep(read(path), version, names), null, 2)}\n`);
  npm(['install', '--package-lock-only', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? '';
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const names = releaseVersion(root, version);
    console.log(`${names.join(', ')} and the repository are at ${version}. Commit, tag v${version} and push the tag to publish.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

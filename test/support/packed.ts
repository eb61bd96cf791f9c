/** Packages as users get them: workspace tarballs from `npm pack`, installed into fresh projects. */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './paths.ts';

const run = promisify(execFile);
const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

/** Every workspace folder under packages/, in publishing order (a package after those it depends on). */
export const WORKSPACES = ['document', 'client', 'server'] as const;

/** Packs `packages/<folder>` for each folder into `dir` (scripts not run: `dist/` as compiled); tarball paths by folder. */
export function packWorkspaces<F extends string>(dir: string, folders: readonly F[]): Record<F, string> {
  execFileSync('npm', ['pack', '--ignore-scripts', ...folders.flatMap((f) => ['-w', `packages/${f}`]), '--pack-destination', dir], { cwd: repoPath(), env: quiet, stdio: 'pipe' });
  return tarballPaths(dir, folders);
}

/** Where `npm pack` puts the tarball of `packages/<folder>` in `dir` (`<name>-<version>.tgz`), by folder. */
export function tarballPaths<F extends string>(dir: string, folders: readonly F[]): Record<F, string> {
  return Object.fromEntries(folders.map((folder) => {
    const { name, version } = JSON.parse(readFileSync(repoPath('packages', folder, 'package.json'), 'utf8')) as { name: string; version: string };
    return [folder, join(dir, `${name}-${version}.tgz`)];
  })) as Record<F, string>;
}

/**
 * `npm install` of `install` (tarballs or specs) in `project`, from npm's cache where it can (`--prefer-offline`:
 * the registry is asked only for what the cache lacks).
 */
export async function npmInstall(project: string, install: readonly string[]): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...install], { cwd: project, env: quiet, maxBuffer: 64 * 1024 * 1024 });
}

/**
 * A fresh ESM project `dir/name` with `install` (tarballs or specs) installed by npm; its path. Asynchronous, so
 * that several projects install side by side (npm mostly waits on the disk and the registry).
 */
export async function freshProject(dir: string, name: string, install: readonly string[]): Promise<string> {
  const project = join(dir, name);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', private: true }));
  await npmInstall(project, install);
  return project;
}

/** The packages installed in `project` (npm's record of its node_modules), by name, sorted. */
export function installedPackages(project: string): string[] {
  const lock = JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')).sort();
}

/** Kilobytes on disk under `paths` (`du -sk`, each file once). */
export function diskKilobytes(paths: readonly string[]): number {
  if (paths.length === 0) return 0;
  const out = execFileSync('du', ['-sk', '-c', ...paths], { encoding: 'utf8' }).trim().split('\n');
  return Number((out.at(-1) as string).split('\t')[0]);
}

/** The npm environment for commands in those projects: no update notice, errors only. */
export const QUIET_NPM = quiet;

/** Packages as users get them: workspace tarballs from `npm pack`, installed into fresh projects. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from './paths.ts';

const quiet = { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'error' };

/** Packs `packages/<folder>` for each folder into `dir` (scripts not run: `dist/` as compiled); tarball paths by folder. */
export function packWorkspaces<F extends string>(dir: string, folders: readonly F[]): Record<F, string> {
  execFileSync('npm', ['pack', '--ignore-scripts', ...folders.flatMap((f) => ['-w', `packages/${f}`]), '--pack-destination', dir], { cwd: repoPath(), env: quiet, stdio: 'pipe' });
  return Object.fromEntries(folders.map((folder) => {
    const { name, version } = JSON.parse(readFileSync(repoPath('packages', folder, 'package.json'), 'utf8')) as { name: string; version: string };
    return [folder, join(dir, `${name}-${version}.tgz`)];
  })) as Record<F, string>;
}

/** A fresh ESM project `dir/name` with `install` (tarballs or specs) installed by npm; its path. */
export function freshProject(dir: string, name: string, install: readonly string[]): string {
  const project = join(dir, name);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...install], { cwd: project, env: quiet, stdio: 'pipe' });
  return project;
}

/** The npm environment for commands in those projects: no update notice, errors only. */
export const QUIET_NPM = quiet;

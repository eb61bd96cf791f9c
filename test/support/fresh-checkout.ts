/**
 * Whether a checkout is as fresh as `git clone` followed by `npm ci` leaves it (and `npm test` after it): what
 * git sees, and the installed packages against the lockfile. CI (`.ci/run`) runs the suite in such a checkout,
 * so the fresh-clone test can check it in place instead of cloning and installing the same commit again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm ci` and `npm test` leave that git ignores: installed packages, compiled `dist/`, test output. */
const MADE_BY_SETUP = /^(node_modules|packages\/[\w.-]+\/(dist|node_modules)|test-results)\/$/;

/** The lines of `git status --porcelain --ignored` that a fresh clone after the set-up would not have. */
export function strayStatusLines(status: string): string[] {
  return status.split('\n').filter(Boolean).filter((line) => !(line.startsWith('!! ') && MADE_BY_SETUP.test(line.slice(3))));
}

interface LockPackages { packages: Record<string, { version?: string; optional?: boolean; devOptional?: boolean; link?: boolean }> }

/**
 * How the packages npm installed (its hidden lockfile, `node_modules/.package-lock.json`) differ from
 * `package-lock.json`: one line per package installed at another version or not in the lock, or in the lock
 * (and not optional) but not installed.
 */
export function lockDrift(lock: LockPackages, installed: LockPackages): string[] {
  const drift: string[] = [];
  for (const [path, entry] of Object.entries(installed.packages)) {
    const locked = lock.packages[path];
    if (!locked) drift.push(`${path}: installed, not in package-lock.json`);
    else if (locked.version !== entry.version) drift.push(`${path}: ${entry.version ?? 'a link'} installed, ${locked.version ?? 'a link'} locked`);
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path !== '' && !installed.packages[path] && !entry.optional && !entry.devOptional) drift.push(`${path}: locked, not installed`);
  }
  return drift;
}

/** Why `root` is not a fresh clone after `npm ci` (nothing when it is one), from git and npm's records. */
export function notFreshBecause(root: string): string[] {
  const hidden = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(hidden)) return ['no node_modules/.package-lock.json: not installed by npm'];
  const status = execFileSync('git', ['status', '--porcelain', '--ignored', '--untracked-files=normal'], { cwd: root, encoding: 'utf8' });
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as LockPackages;
  return [...strayStatusLines(status), ...lockDrift(read(join(root, 'package-lock.json')), read(hidden))];
}

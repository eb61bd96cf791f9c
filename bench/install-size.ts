/**
 * What `npm install` of the client package puts in a fresh project (goal: at most 5 packages and 1 MB on
 * disk), side by side with the AWS SDK v3's client and its credential providers. Ours: the packed tarball
 * installed for real. The SDK's: the dependency closure of its packages as this repository installed them
 * (Node's resolution, production dependencies only), so no second download is needed; both sizes are
 * `du -sk` of the package folders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freshProject, packWorkspaces } from '../test/support/packed.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

/** Kilobytes on disk under `paths` (`du -sk`, each folder once). */
function diskKilobytes(paths: string[]): number {
  if (paths.length === 0) return 0;
  const out = execFileSync('du', ['-sk', '-c', ...paths], { encoding: 'utf8' }).trim().split('\n');
  return Number((out.at(-1) as string).split('\t')[0]);
}

/** The folder Node would load `name` from, starting at `from` (a package folder). */
function resolvePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The package folders `roots` need at run time: themselves and their dependencies, transitively. */
function closure(roots: string[], from: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string, at: string) => {
    const folder = resolvePackage(name, at);
    if (!folder || seen.has(folder)) return;
    seen.add(folder);
    const { dependencies = {}, optionalDependencies = {} } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const dep of Object.keys({ ...dependencies, ...optionalDependencies })) visit(dep, folder);
  };
  for (const name of roots) visit(name, from);
  return [...seen];
}

/** Our client installed from its tarball in a fresh project: packages and kilobytes. */
function installOurs(): { packages: number; kilobytes: number } {
  const work = mkdtempSync(join(tmpdir(), 'bench-install-'));
  try {
    const project = freshProject(work, 'app', [packWorkspaces(work, ['client']).client]);
    const lock = JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    return { packages: Object.keys(lock.packages).length, kilobytes: diskKilobytes([join(project, 'node_modules')]) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Prints the install sizes and returns the headline figure. */
export function benchInstallSize(root: string): Figure {
  const ours = installOurs();
  const sdk = closure(['@aws-sdk/client-cognito-identity', '@aws-sdk/credential-providers'], root);
  const sdkKilobytes = diskKilobytes(sdk);
  const mb = (kb: number) => `${(kb / 1024).toFixed(2)} MB`;
  printTable('npm install in a fresh project (packages, disk)', [
    ['what', 'packages', 'on disk'],
    ['cognito-identity-openapi (tarball)', String(ours.packages), mb(ours.kilobytes)],
    ['@aws-sdk/client-cognito-identity + @aws-sdk/credential-providers (closure)', String(sdk.length), mb(sdkKilobytes)],
  ]);
  const met = ours.packages <= 5 && ours.kilobytes <= 1024;
  console.log(`  <= 5 packages and <= 1 MB: ${met ? 'met' : 'MISSED'}`);
  return {
    key: 'install',
    what: '`npm install` of the client package in a fresh project',
    figure: `${ours.packages} packages, ${mb(ours.kilobytes)} vs the SDK's client + credential providers ${sdk.length} packages, ${mb(sdkKilobytes)}`,
    goal: `<= 5 packages and <= 1 MB: ${verdict(met)}`,
  };
}

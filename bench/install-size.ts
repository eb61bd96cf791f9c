/**
 * What `npm install` puts in a fresh project, from the packed tarballs, installed for real:
 * - the client package alone (goal: at most 5 packages and 1 MB on disk), beside the AWS SDK v3's client and
 *   credential providers: the dependency closure of those packages as this repository installed them (Node's
 *   resolution, production dependencies only), so no second download is needed;
 * - the emulator's install: the server package with the client and the document (goal: at most 30 packages and
 *   15 MB), then with its optional peers (Prism for the mock, the MCP SDK), beside moto's server: the installed
 *   Python distributions of `moto[server]` and of `moto` alone, walked by moto-install-size.py from package
 *   metadata (requirements with markers, the files each distribution's RECORD lists).
 * Sizes are disk usage (`du -sk`; st_blocks for the Python files); MB are MiB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MCP_SDK, PRISM } from '../packages/server/src/optional-peer.ts';
import { WORKSPACES, diskKilobytes, freshProject, installedPackages, npmInstall, packWorkspaces } from '../test/support/packed.ts';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

/** One install: packages and kilobytes on disk. */
interface Install { packages: number; kilobytes: number }

/** moto's Python install as moto-install-size.py reports it. */
interface PythonInstall { version: string; distributions: number; kilobytes: number; missing: string[] }

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

const measured = (project: string): Install => ({ packages: installedPackages(project).length, kilobytes: diskKilobytes([join(project, 'node_modules')]) });

/** Our packages installed from their tarballs in fresh projects: the client alone; the server without and with its peers. */
async function installOurs(): Promise<{ client: Install; emulator: Install; withPeers: Install }> {
  const work = mkdtempSync(join(tmpdir(), 'bench-install-'));
  try {
    const tarballs = packWorkspaces(work, WORKSPACES);
    const client = measured(await freshProject(work, 'client-app', [tarballs.client]));
    const serverProject = await freshProject(work, 'server-app', [tarballs.server, tarballs.client, tarballs.document]);
    const emulator = measured(serverProject);
    await npmInstall(serverProject, [PRISM, MCP_SDK].flatMap((peers) => Object.entries(peers.packages).map(([name, range]) => `${name}@${range}`)));
    return { client, emulator, withPeers: measured(serverProject) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** moto's installed size with `extras` (package metadata only), or undefined where moto is not installed. */
function motoInstall(root: string, extras: string): PythonInstall | undefined {
  try {
    return JSON.parse(execFileSync('python3', [join(root, 'bench/moto-install-size.py'), 'moto', extras], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as PythonInstall;
  } catch {
    return undefined;
  }
}

const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

/** Prints the install sizes and returns the headline figures: the client's install and the emulator's. */
export async function benchInstallSize(root: string): Promise<Figure[]> {
  const ours = await installOurs();
  const sdk = closure(['@aws-sdk/client-cognito-identity', '@aws-sdk/credential-providers'], root);
  const sdkKilobytes = diskKilobytes(sdk);
  const motoServer = motoInstall(root, 'server');
  const motoCore = motoInstall(root, '');
  const pythonRow = (what: string, install: PythonInstall | undefined) => install
    ? [`${what} ${install.version}${install.missing.length ? ` (not installed here: ${install.missing.join(', ')})` : ''}`, `${install.distributions} distributions`, mb(install.kilobytes)]
    : [what, 'not installed here', '-'];
  printTable('npm install in a fresh project (packages, disk), beside the alternatives', [
    ['what', 'packages', 'on disk'],
    ['cognito-identity-openapi (tarball)', String(ours.client.packages), mb(ours.client.kilobytes)],
    ['@aws-sdk/client-cognito-identity + @aws-sdk/credential-providers (closure)', String(sdk.length), mb(sdkKilobytes)],
    ['cognito-identity-openapi-server + client + document (tarballs): the emulator', String(ours.emulator.packages), mb(ours.emulator.kilobytes)],
    ['  the same with the optional peers (Prism for the mock, the MCP SDK)', String(ours.withPeers.packages), mb(ours.withPeers.kilobytes)],
    pythonRow("pip install 'moto[server]' (installed closure)", motoServer),
    pythonRow('pip install moto (installed closure)', motoCore),
  ]);
  const clientMet = ours.client.packages <= 5 && ours.client.kilobytes <= 1024;
  const emulatorMet = ours.emulator.packages <= 30 && ours.emulator.kilobytes <= 15 * 1024;
  console.log(`  client <= 5 packages and <= 1 MB: ${clientMet ? 'met' : 'MISSED'}; emulator <= 30 packages and <= 15 MB: ${emulatorMet ? 'met' : 'MISSED'}`);
  const moto = motoServer ? `moto[server] ${motoServer.distributions} Python distributions, ${mb(motoServer.kilobytes)}` : 'moto not installed here';
  return [
    {
      key: 'install',
      what: '`npm install` of the client package in a fresh project',
      figure: `${ours.client.packages} packages, ${mb(ours.client.kilobytes)} vs the SDK's client + credential providers ${sdk.length} packages, ${mb(sdkKilobytes)}`,
      goal: `<= 5 packages and <= 1 MB: ${verdict(clientMet)}`,
    },
    {
      key: 'emulator-install',
      what: '`npm install` of the emulator (server + client + document tarballs) in a fresh project',
      figure: `${ours.emulator.packages} packages, ${mb(ours.emulator.kilobytes)} (with the mock's and MCP's optional peers ${ours.withPeers.packages}, ${mb(ours.withPeers.kilobytes)}) vs ${moto}`,
      goal: `<= 30 packages and <= 15 MB: ${verdict(emulatorMet)}`,
    },
  ];
}

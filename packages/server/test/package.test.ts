/** The server package's boundaries: what each server loads, and that it reaches the client only as a package. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../test/support/paths.ts';

/** Every relative import specifier of the TypeScript files under `dir`, with the file that holds it. */
function relativeImports(dir: string): Array<{ file: string; target: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).flatMap((f) => {
    const file = join(dir, f);
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:from|import\()\s*'(\.\.?\/[^']+)'/g)].map((m) => ({ file, target: resolve(dirname(file), m[1] as string) }));
  });
}

/** The packages that `entry` loads before it runs (static value imports, followed through relative files); no `import()`. */
function staticPackageImports(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)'/gms)) {
      const spec = specifier as string;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(entry);
  return [...packages].sort();
}

describe('the server package', () => {
  it('the emulator does not load Prism, the mock does', async () => {
    const importsOf = async (entry: string) => {
      const result = await build({ entryPoints: [repoPath(entry)], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', metafile: true, packages: 'external' });
      return Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    };
    expect((await importsOf('packages/server/src/emulator/server.ts')).filter((p) => p.startsWith('@stoplight/'))).toEqual([]);
    expect((await importsOf('packages/server/src/mock/server.ts')).some((p) => p.startsWith('@stoplight/prism-http'))).toBe(true);
  });

  it('the emulator and the command line load only the package\'s dependencies at start (Prism and the MCP SDK are optional peers)', () => {
    const { dependencies = {}, peerDependencies = {} } = JSON.parse(readFileSync(repoPath('packages/server/package.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(staticPackageImports(repoPath('packages/server/src/emulator/server.ts'))).toEqual(['ajv', 'cognito-identity-openapi', 'jose']); // LevelDB on demand (--state)
    for (const entry of ['packages/server/src/emulator/server.ts', 'packages/server/src/cli.ts']) {
      const packages = staticPackageImports(repoPath(entry));
      expect(packages.filter((name) => !(name in dependencies)), entry).toEqual([]);
      expect(packages.filter((name) => name in peerDependencies), entry).toEqual([]);
    }
  });

  it.each(['client', 'server'])('the %s package\'s sources import nothing outside the package by path (other packages by name)', (name) => {
    const root = repoPath('packages', name);
    const outside = relativeImports(join(root, 'src')).filter(({ target }) => relative(root, target).startsWith('..'));
    expect(outside.map(({ file, target }) => `${relative(root, file)} -> ${relative(root, target)}`)).toEqual([]);
  });

  it('depends on the client and the document by name, at their versions in this repository', () => {
    const read = (name: string) => JSON.parse(readFileSync(repoPath('packages', name, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };
    const server = read('server');
    for (const name of ['client', 'document']) {
      const pkg = read(name);
      expect(server.dependencies?.[pkg.name]).toBe(pkg.version);
    }
  });
});

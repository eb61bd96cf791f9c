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

describe('the server package', () => {
  it('the emulator does not load Prism, the mock does', async () => {
    const importsOf = async (entry: string) => {
      const result = await build({ entryPoints: [repoPath(entry)], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', metafile: true, packages: 'external' });
      return Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    };
    expect((await importsOf('packages/server/src/emulator/server.ts')).filter((p) => p.startsWith('@stoplight/'))).toEqual([]);
    expect((await importsOf('packages/server/src/mock/server.ts')).some((p) => p.startsWith('@stoplight/prism-http'))).toBe(true);
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

/** The package as users get it: the root export (compiled by `npm run compile`), browser-safe and tree-shakable. */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';

describe('the package', () => {
  it('exports the client from its root, with types', async () => {
    const root = await import('cognito-identity-openapi');
    expect(typeof root.createCognitoIdentityClient).toBe('function');
    expect(typeof root.paginate).toBe('function');
    expect(root.createCognitoIdentityClient({ region: 'cn-north-1' }).endpoint).toBe('https://cognito-identity.cn-north-1.amazonaws.com.cn');
  });

  it('bundles for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [repoPath('src/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('aws4fetch'))).toBe(true);
  });

  it('drops the client when only the protocol rules are imported (tree-shaking)', async () => {
    const result = await build({
      stdin: { contents: "import { targetOf } from './src/index.ts'; console.log(targetOf('GetId'));", resolveDir: repoPath(), loader: 'ts' },
      bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).toContain('AWSCognitoIdentityService');
    expect(text).not.toContain('AWS4-HMAC-SHA256');
  });

  it('the emulator does not load Prism, the mock does', async () => {
    const importsOf = async (entry: string) => {
      const result = await build({ entryPoints: [repoPath(entry)], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent', metafile: true, packages: 'external' });
      return Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    };
    expect((await importsOf('src/emulator/server.ts')).filter((p) => p.startsWith('@stoplight/'))).toEqual([]);
    expect((await importsOf('src/mock/server.ts')).some((p) => p.startsWith('@stoplight/prism-http'))).toBe(true);
  });
});

/**
 * `npm run compile`'s second step: the Node entry (`cognito-identity-openapi/node`) as one ESM file,
 * `dist/node.js`, packages left external. A server's cold start then reads one module instead of about twenty
 * (bench/client.ts measures it); its types stay tsc's `dist/src/node/index.d.ts`. Errors keep working across
 * this copy and the root's (src/client/errors.ts brands them).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'src/node/index.ts')],
  outfile: join(root, 'dist/node.js'),
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
});

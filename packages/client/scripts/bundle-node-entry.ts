/**
 * The Node entry (`cognito-identity-openapi/node`) as one ESM file, `dist/node.js`, packages left external; run
 * beside `tsc -b` by `npm run compile` (scripts/compile.ts: it reads sources only) and after it by the client's own
 * `compile`. A server's cold start then reads two modules instead of about
 * twenty (bench/client.ts measures it); its types stay tsc's `dist/src/node/index.d.ts`. The error classes
 * stay the one compiled module the root entry also uses (`dist/src/client/errors.js`), so `instanceof` and
 * isCognitoIdentityError hold whichever entry made the client.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ERRORS = join(root, 'src/client/errors.ts');

/** Leaves src/client/errors.ts out of the bundle, imported from its compiled copy beside it. */
const sharedErrors: Plugin = {
  name: 'shared-errors',
  setup(bundle) {
    bundle.onResolve({ filter: /errors\.ts$/ }, (args) => (join(args.resolveDir, args.path) === ERRORS ? { path: './src/client/errors.js', external: true } : undefined));
  },
};

/** Writes dist/node.js (and its source map) from src/node/index.ts. */
export async function bundleNodeEntry(): Promise<void> {
  await build({
    entryPoints: [join(root, 'src/node/index.ts')],
    outfile: join(root, 'dist/node.js'),
    // The package's folder, not the caller's: the bundle's path comments are the same from the root or the package.
    absWorkingDir: root,
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
    plugins: [sharedErrors],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await bundleNodeEntry();

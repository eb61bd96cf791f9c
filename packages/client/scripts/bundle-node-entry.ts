/**
 * `npm run compile`'s second step: the Node entry (`cognito-identity-openapi/node`) as one ESM file,
 * `dist/node.js`, packages left external. A server's cold start then reads two modules instead of about
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

await build({
  entryPoints: [join(root, 'src/node/index.ts')],
  outfile: join(root, 'dist/node.js'),
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning',
  plugins: [sharedErrors],
});

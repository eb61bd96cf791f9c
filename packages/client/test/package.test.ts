/** The client package as users get it: its compiled entries (`npm run compile`), browser-safe and tree-shakable. */
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../../test/support/paths.ts';

/** An entry as compiled into dist/ (what the package's exports name by default). */
const compiled = (path: string) => import(repoPath('packages/client/dist', path));

describe('the client package', () => {
  it('exports the client from its root, with types', async () => {
    const root = await compiled('src/index.js');
    expect(typeof root.createCognitoIdentityClient).toBe('function');
    expect(typeof root.paginate).toBe('function');
    expect(root.createCognitoIdentityClient({ region: 'cn-north-1' }).endpoint).toBe('https://cognito-identity.cn-north-1.amazonaws.com.cn');
  });

  it('bundles for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [repoPath('packages/client/src/index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:') || /(^|\/)node_modules\/@types\/node\//.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('node_modules/aws4fetch/'))).toBe(true);
  });

  it('drops the client when only the protocol rules are imported (tree-shaking)', async () => {
    const result = await build({
      stdin: { contents: "import { targetOf } from './packages/client/src/index.ts'; console.log(targetOf('GetId'));", resolveDir: repoPath(), loader: 'ts' },
      bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent',
    });
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).toContain('AWSCognitoIdentityService');
    expect(text).not.toContain('AWS4-HMAC-SHA256');
  });

  it('./node is one bundled file whose errors the root recognises (instanceof and isCognitoIdentityError)', async () => {
    const root = await compiled('src/index.js');
    const node = await compiled('node.js');
    
    const answer = async () => new Response('{"__type":"ResourceNotFoundException","message":"gone"}', { status: 400 });
    const client = node.createCognitoIdentityClient({ region: 'us-east-1', fetch: answer, credentials: { accessKeyId: 'AKID', secretAccessKey: 's' } });
    const error = await client.describeIdentityPool({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(root.CognitoIdentityError);
    expect(root.isCognitoIdentityError(error, 'ResourceNotFoundException')).toBe(true);
    const mistake = await client.getId(null as never).catch((e: unknown) => e);
    expect(mistake).toBeInstanceOf(root.CognitoIdentityConfigError);
    expect(mistake).not.toBeInstanceOf(root.CognitoIdentityError);
    expect(new Error('plain')).not.toBeInstanceOf(root.CognitoIdentityError);
  });

  it('exports the provider from ./credentials and the Node client from ./node', async () => {
    const credentials = await compiled('src/credentials/index.js');
    const node = await compiled('node.js');
    expect(typeof credentials.fromCognitoIdentityPool).toBe('function');
    expect(typeof node.createCognitoIdentityClient).toBe('function');
    expect(typeof node.createSigningFetch).toBe('function');
  });
});

/** Bundles an entry for the browser; the files parsed, and those that put bytes in the output. */
async function bundle(contents: string): Promise<{ parsed: string[]; kept: string[]; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: repoPath(), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent', metafile: true,
  });
  const output = Object.values(result.metafile.outputs)[0] as Metafile['outputs'][string];
  return {
    parsed: Object.keys(result.metafile.inputs),
    kept: Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k),
    text: result.outputFiles[0]?.text ?? '',
  };
}

const SIGNER = /src\/client\/(signing|sigv4)\.ts$|aws4fetch/;
const OPENAPI_FETCH = /openapi-fetch|src\/client\/(signing-fetch|create-client)\.ts$/;

describe('an app pays for what it imports', () => {
  it('the credential provider\'s module graph has no signer, no openapi-fetch, no Node built-in', async () => {
    const { parsed, text } = await bundle("import { fromCognitoIdentityPool } from './packages/client/src/credentials/index.ts'; export const p = fromCognitoIdentityPool({ identityPoolId: 'us-east-1:x' });");
    expect(parsed.filter((p) => SIGNER.test(p) || OPENAPI_FETCH.test(p) || p.startsWith('node:'))).toEqual([]);
    expect(text).not.toContain('AWS4-HMAC-SHA256');
  });

  it('the public operations never import the signer; importing one keeps no byte of it', async () => {
    const direct = await bundle("import { getId } from './packages/client/generated/operations/public.ts'; export { getId };");
    expect(direct.parsed.filter((p) => SIGNER.test(p) || OPENAPI_FETCH.test(p))).toEqual([]);
    const root = await bundle("import { createCognitoIdentityContext, getId, getCredentialsForIdentity } from './packages/client/src/index.ts'; export const all = [createCognitoIdentityContext, getId, getCredentialsForIdentity];");
    expect(root.kept.filter((p) => SIGNER.test(p) || OPENAPI_FETCH.test(p) || p.includes('operations/signed'))).toEqual([]);
    expect(root.text).not.toContain('AWS4-HMAC-SHA256');
  });

  it('a signed operation brings the signer, and only its own function', async () => {
    const { kept, text } = await bundle("import { describeIdentityPool } from './packages/client/src/index.ts'; export { describeIdentityPool };");
    expect(kept.some((p) => p.includes('node_modules/aws4fetch/'))).toBe(true);
    expect(text).toContain('DescribeIdentityPool');
    expect(text).not.toContain('ListIdentityPools');
    expect(kept.filter((p) => OPENAPI_FETCH.test(p))).toEqual([]);
  });
});

/**
 * What a browser app ships (esbuild, browser ESM, minified, gzip -9), side by side with the AWS SDK v3 in
 * one run: the guest credential provider alone and added to an S3 upload page, all 23 operations plus the
 * provider (and aws4fetch alone, the floor of any signed bundle), the guest flow, and the everything-client
 * (which carries openapi-fetch for `raw`). The SDK's provider is imported from its browser index
 * (`dist-es/index.browser.js`: its package's `browser` map names the file without extension, which esbuild
 * does not apply).
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { operations } from '../packages/client/generated/service-metadata.ts';
import { verdict as goalVerdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const OPS = Object.keys(operations);
const fn = (op: string) => op.charAt(0).toLowerCase() + op.slice(1);

/** Minified and gzipped bytes of an entry bundled for the browser. */
export async function bundleSize(contents: string, root: string): Promise<{ min: number; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', treeShaking: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const S3_PAGE = (credentials: string, imports: string) => `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
${imports}
const s3 = new S3Client({ region: 'us-east-1', credentials: ${credentials} });
export const put = (Key, Body) => s3.send(new PutObjectCommand({ Bucket: 'uploads', Key, Body }));`;

/** The entries measured, ours and the SDK's. */
const ENTRIES = {
  oursProvider: `import { fromCognitoIdentityPool } from './packages/client/src/credentials/index.ts';
export const credentials = fromCognitoIdentityPool({ identityPoolId: '${POOL}' });`,
  sdkProvider: `import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers/dist-es/index.browser.js';
export const credentials = fromCognitoIdentityPool({ identityPoolId: '${POOL}', clientConfig: { region: 'us-east-1' } });`,
  s3Static: S3_PAGE(`{ accessKeyId: window.k, secretAccessKey: window.s }`, ''),
  s3Ours: S3_PAGE(`fromCognitoIdentityPool({ identityPoolId: '${POOL}' })`, "import { fromCognitoIdentityPool } from './packages/client/src/credentials/index.ts';"),
  s3Sdk: S3_PAGE(`fromCognitoIdentityPool({ identityPoolId: '${POOL}', clientConfig: { region: 'us-east-1' } })`, "import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers/dist-es/index.browser.js';"),
  oursAll: `import { createCognitoIdentityContext, ${OPS.map(fn).join(', ')} } from './packages/client/src/index.ts';
import { fromCognitoIdentityPool } from './packages/client/src/credentials/index.ts';
export const context = createCognitoIdentityContext({ region: 'us-east-1' });
export const all = [${OPS.map(fn).join(', ')}, fromCognitoIdentityPool];`,
  sdkAll: `import { CognitoIdentityClient, ${OPS.map((op) => `${op}Command`).join(', ')} } from '@aws-sdk/client-cognito-identity';
export const client = new CognitoIdentityClient({ region: 'us-east-1' });
export const all = [${OPS.map((op) => `${op}Command`).join(', ')}];`,
  signerAlone: `import { AwsV4Signer } from 'aws4fetch';
export const signer = AwsV4Signer;`,
  oursGuest: `import { createCognitoIdentityContext, getId, getCredentialsForIdentity } from './packages/client/src/index.ts';
export const context = createCognitoIdentityContext({ region: 'us-east-1' });
export const flow = [getId, getCredentialsForIdentity];`,
  sdkGuest: `import { CognitoIdentityClient, GetIdCommand, GetCredentialsForIdentityCommand } from '@aws-sdk/client-cognito-identity';
export const client = new CognitoIdentityClient({ region: 'us-east-1' });
export const flow = [GetIdCommand, GetCredentialsForIdentityCommand];`,
  oursClient: `import { createCognitoIdentityClient } from './packages/client/src/index.ts';
export const client = createCognitoIdentityClient({ region: 'us-east-1' });`,
};

/** The provider's size goals, as decided once SigV4 stayed a library: at most 2.1 KB and 1/25 of the SDK's. */
const PROVIDER_GOAL_BYTES = 2.1 * 1024;
const PROVIDER_GOAL_RATIO = 25;

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Prints the size tables and whether each goal was met; returns the provider and bundle figures. */
export async function benchClientSize(root: string): Promise<Figure[]> {
  const names = Object.keys(ENTRIES) as Array<keyof typeof ENTRIES>;
  const sizes = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await bundleSize(ENTRIES[n], root)] as const))) as Record<keyof typeof ENTRIES, { min: number; gzip: number }>;
  const g = (n: keyof typeof ENTRIES) => sizes[n].gzip;
  const addedOurs = g('s3Ours') - g('s3Static');
  const addedSdk = g('s3Sdk') - g('s3Static');
  printTable('What a browser app ships (esbuild, browser ESM, minified, gzip -9)', [
    ['what', 'cognito-identity-openapi', 'AWS SDK v3', 'ratio'],
    ['guest credential provider alone', kb(g('oursProvider')), kb(g('sdkProvider')), `1/${(g('sdkProvider') / g('oursProvider')).toFixed(1)}`],
    ['S3 upload page, static credentials', kb(g('s3Static')), kb(g('s3Static')), ''],
    ['  + the provider (added)', kb(addedOurs), kb(addedSdk), `1/${(addedSdk / addedOurs).toFixed(1)}`],
    ['all 23 operations + provider', kb(g('oursAll')), kb(g('sdkAll')), `1/${(g('sdkAll') / g('oursAll')).toFixed(1)}`],
    ['  of which aws4fetch, the SigV4 library, alone', kb(g('signerAlone')), '', ''],
    ['guest flow (GetId, GetCredentialsForIdentity)', kb(g('oursGuest')), kb(g('sdkGuest')), `1/${(g('sdkGuest') / g('oursGuest')).toFixed(1)}`],
    ['everything-client (methods + openapi-fetch raw)', kb(g('oursClient')), kb(g('sdkAll')), `1/${(g('sdkAll') / g('oursClient')).toFixed(1)}`],
  ]);
  const providerGoal = { size: g('oursProvider') <= PROVIDER_GOAL_BYTES, ratio: g('oursProvider') * PROVIDER_GOAL_RATIO <= g('sdkProvider') };
  console.log(`  guest provider <= 2.1 KB: ${verdict(providerGoal.size)}; <= 1/${PROVIDER_GOAL_RATIO} of the SDK's: ${verdict(providerGoal.ratio)}`);
  return [
    {
      key: 'provider',
      what: 'guest credential provider, min+gzip; added to an S3 upload page',
      figure: `${kb(g('oursProvider'))} vs SDK ${kb(g('sdkProvider'))} (1/${(g('sdkProvider') / g('oursProvider')).toFixed(1)}); +${kb(addedOurs)} vs +${kb(addedSdk)} (1/${(addedSdk / addedOurs).toFixed(1)})`,
      goal: `<= 2.1 KB: ${goalVerdict(providerGoal.size)}; <= 1/${PROVIDER_GOAL_RATIO}: ${goalVerdict(providerGoal.ratio)}`,
    },
    {
      key: 'bundle',
      what: 'all 23 operations + provider, min+gzip (guest flow alone)',
      figure: `${kb(g('oursAll'))} vs SDK ${kb(g('sdkAll'))} (1/${(g('sdkAll') / g('oursAll')).toFixed(1)}); guest flow ${kb(g('oursGuest'))} vs ${kb(g('sdkGuest'))}`,
      goal: '',
    },
  ];
}

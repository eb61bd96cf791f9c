/** @hey-api/openapi-ts with its fetch client: answers are read as JSON only when told (`parseAs: 'json'`). */
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const program = `import { createClient, createConfig } from './client/client/index.ts';
import { getCredentialsForIdentity, getId } from './client/sdk.gen.ts';

// Recipe: parseAs 'json', since the default ('auto') reads application/x-amz-json-1.1 as a Blob.
const client = createClient(createConfig({ baseUrl: process.env.EMULATOR_URL, parseAs: 'json' }));
const guest = await getId({ client, headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: { IdentityPoolId: '${POOL}' } });
const credentials = await getCredentialsForIdentity({
  client, headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' }, body: { IdentityId: guest.data?.IdentityId ?? '' },
});
const missing = await getId({ client, headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: { IdentityPoolId: '${MISSING_POOL}' } });
const errorType: string | undefined = missing.error?.__type;
console.log(JSON.stringify({ identityId: guest.data?.IdentityId, accessKeyId: credentials.data?.Credentials?.AccessKeyId, errorType }));
`;

const bare = `import { createClient, createConfig } from './client/client/index.ts';
import { getId } from './client/sdk.gen.ts';

const client = createClient(createConfig({ baseUrl: process.env.EMULATOR_URL }));
const guest = await getId({ client, headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: { IdentityPoolId: '${POOL}' } });
const data: unknown = guest.data;
console.log(JSON.stringify({ blob: data instanceof Blob, identityId: guest.data?.IdentityId }));
`;

export const heyApi: ToolCheck = {
  id: 'hey-api',
  tool: '@hey-api/openapi-ts (fetch client)',
  packages: { '@hey-api/openapi-ts': '^0.99.0', typescript: '^5.9.3' },
  recipe: "`createClient(createConfig({ baseUrl, parseAs: 'json' }))`: the default `parseAs: 'auto'` returns `data` as a `Blob` typed as JSON; `headers['X-Amz-Target']` on each call",
  knownIssue: "`parseAs: 'auto'` reads only `application/json` and `+json` answers as JSON (`getParseAs` in the generated client), the same gap [hey-api/hey-api#1288](https://github.com/hey-api/hey-api/issues/1288) closed for `+json`; the wire's media type is not the document's to change, so the recipe sets `parseAs`",
  async run(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-ts`, ['-i', DOCUMENT.json, '-o', `${t.work}/client`], { cwd: t.work });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'SDK functions for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
  async withoutRecipe(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-ts`, ['-i', DOCUMENT.json, '-o', `${t.work}/client`], { cwd: t.work });
    t.write('bare.ts', bare);
    const { blob, identityId } = reported<{ blob: boolean; identityId?: string }>(await t.runProgram('bare.ts'));
    return `\`parseAs: 'auto'\`: GetId's \`data\` ${blob ? 'is a `Blob`' : 'is not a `Blob`'} (typed as the JSON answer), \`data.IdentityId\` is ${JSON.stringify(identityId ?? null)}`;
  },
};

/** openapi-typescript + openapi-fetch: types from the document, the media type and target header given per call. */
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const program = `import createClient from 'openapi-fetch';
import type { paths } from './schema.ts';

// Recipe: the wire media type for every request; the target header on each call (the types require it).
const cognito = createClient<paths>({ baseUrl: process.env.EMULATOR_URL, headers: { 'Content-Type': 'application/x-amz-json-1.1' } });
const getId = (IdentityPoolId: string) => cognito.POST('/#X-Amz-Target=AWSCognitoIdentityService.GetId', {
  params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } }, body: { IdentityPoolId },
});
const guest = await getId('${POOL}');
const credentials = await cognito.POST('/#X-Amz-Target=AWSCognitoIdentityService.GetCredentialsForIdentity', {
  params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' } },
  body: { IdentityId: guest.data?.IdentityId ?? '' },
});
const missing = await getId('${MISSING_POOL}');
const errorType: string | undefined = missing.error?.__type;
console.log(JSON.stringify({ identityId: guest.data?.IdentityId, accessKeyId: credentials.data?.Credentials?.AccessKeyId, errorType }));
`;

const bare = `import createClient from 'openapi-fetch';
import type { paths } from './schema.ts';

const cognito = createClient<paths>({ baseUrl: process.env.EMULATOR_URL });
const { response, error } = await cognito.POST('/#X-Amz-Target=AWSCognitoIdentityService.GetId', {
  params: { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } }, body: { IdentityPoolId: '${POOL}' },
});
console.log(JSON.stringify({ status: response.status, type: error?.__type }));
`;

export const openapiFetch: ToolCheck = {
  id: 'openapi-fetch',
  tool: 'openapi-typescript + openapi-fetch',
  packages: { 'openapi-typescript': '^7.13.0', 'openapi-fetch': '^0.17.0', typescript: '^5.9.3' },
  recipe: "`headers: { 'Content-Type': 'application/x-amz-json-1.1' }` in `createClient`; `params.header['X-Amz-Target']` on each call (or `createSigningFetch` of this project's client, which also signs)",
  async run(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-typescript`, [DOCUMENT.yaml, '-o', `${t.work}/schema.ts`], { cwd: t.work });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'types for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
  async withoutRecipe(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-typescript`, [DOCUMENT.yaml, '-o', `${t.work}/schema.ts`], { cwd: t.work });
    t.write('bare.ts', bare);
    const { status, type } = reported<{ status: number; type?: string }>(await t.runProgram('bare.ts'));
    return `sends \`application/json\`: GetId answered ${status} ${type ?? ''}`.trim();
  },
};

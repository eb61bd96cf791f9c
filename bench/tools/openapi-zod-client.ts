/** openapi-zod-client (a Zodios client over axios, with zod schemas). */
import { readFileSync } from 'node:fs';
import { DOCUMENT, MISSING_POOL, POOL, WIRE, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const program = `import { isErrorFromAlias } from '@zodios/core';
import { api as endpoints, createApiClient } from './client.ts';

// Recipe: the wire media type on every request.
const api = createApiClient(process.env.EMULATOR_URL ?? '', { axiosConfig: { headers: { 'Content-Type': 'application/x-amz-json-1.1' } } });
const guest = await api.GetId({ IdentityPoolId: '${POOL}' }, { headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } });
const credentials = await api.GetCredentialsForIdentity({ IdentityId: guest.IdentityId ?? '' }, { headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' } });
let errorType: string | undefined;
try {
  await api.GetId({ IdentityPoolId: '${MISSING_POOL}' }, { headers: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' } });
} catch (error) {
  if (isErrorFromAlias(endpoints.api, 'GetId', error)) errorType = error.response.data.__type;
}
console.log(JSON.stringify({ identityId: guest.IdentityId, accessKeyId: credentials.Credentials?.AccessKeyId, errorType }));
`;

export const openapiZodClient: ToolCheck = {
  id: 'openapi-zod-client',
  tool: 'openapi-zod-client (Zodios)',
  packages: { 'openapi-zod-client': '^1.18.3', '@zodios/core': '^10.9.6', zod: '^3.25.0', axios: '^1.13.0', typescript: '^5.9.3' },
  recipe: `\`--media-type-expr "mediaType === '${WIRE.mediaType}'"\` (without it all 23 answers are typed \`void\`); \`axiosConfig: { headers: { 'Content-Type': '${WIRE.mediaType}' } }\`; the target header in each call's \`headers\``,
  knownIssue: 'reads `enum`, not `const`: a `oneOf` discriminated by a `const` `__type` fails at load ([astahmer/openapi-zod-client#326](https://github.com/astahmer/openapi-zod-client/issues/326)); an `enum` of one value beside each `const` avoids it (checked on such a copy: all calls pass)',
  async run(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-zod-client`, [DOCUMENT.yaml, '-o', `${t.work}/client.ts`, '--media-type-expr', `mediaType === '${WIRE.mediaType}'`], { cwd: t.work });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'zod schemas and a Zodios client for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
  async withoutRecipe(t) {
    await t.exec(`${t.install}/node_modules/.bin/openapi-zod-client`, [DOCUMENT.yaml, '-o', `${t.work}/client.ts`], { cwd: t.work });
    const voids = readFileSync(`${t.work}/client.ts`, 'utf8').match(/response: z\.void\(\)/g)?.length ?? 0;
    return `${voids} of 23 answers typed \`z.void()\``;
  },
};

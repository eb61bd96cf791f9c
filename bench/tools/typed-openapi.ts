/** typed-openapi (no runtime validation): an ApiClient over a fetcher the user writes. */
import { readFileSync } from 'node:fs';
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const program = `import { createApiClient } from './api.ts';

// Recipe: the fetcher sends the body as JSON under the wire media type, with the operation's headers.
const api = createApiClient({
  fetch: ({ method, url, parameters, overrides }) => fetch(url, {
    ...overrides, method,
    headers: { 'Content-Type': 'application/x-amz-json-1.1', ...(parameters?.header as Record<string, string> | undefined) },
    body: JSON.stringify(parameters?.body),
  }),
}, process.env.EMULATOR_URL);
const getId = '/#X-Amz-Target=AWSCognitoIdentityService.GetId' as const;
const guest = await api.post(getId, { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: { IdentityPoolId: '${POOL}' } });
const credentials = await api.post('/#X-Amz-Target=AWSCognitoIdentityService.GetCredentialsForIdentity', {
  header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' }, body: { IdentityId: guest.IdentityId ?? '' },
});
const missing = await api.post(getId, { header: { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: { IdentityPoolId: '${MISSING_POOL}' }, withResponse: true });
const errorType: string | undefined = missing.ok ? undefined : missing.data.__type;
console.log(JSON.stringify({ identityId: guest.IdentityId, accessKeyId: credentials.Credentials?.AccessKeyId, errorType }));
`;

export const typedOpenapi: ToolCheck = {
  id: 'typed-openapi',
  tool: 'typed-openapi',
  packages: { 'typed-openapi': '^2.2.7', typescript: '^5.9.3' },
  recipe: "a fetcher that sends `JSON.stringify(parameters.body)` with `Content-Type: application/x-amz-json-1.1` and `parameters.header`; the target header on each call",
  async run(t) {
    await t.exec(`${t.install}/node_modules/.bin/typed-openapi`, [DOCUMENT.yaml, '-o', 'api.ts'], { cwd: t.work });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'types and an ApiClient for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
  async withoutRecipe(t) {
    await t.exec(`${t.install}/node_modules/.bin/typed-openapi`, [DOCUMENT.yaml, '-o', 'api.ts'], { cwd: t.work });
    const code = readFileSync(`${t.work}/api.ts`, 'utf8');
    const target = code.match(/"X-Amz-Target":\s*([^,}\n]+)/)?.[1]?.trim() ?? '?';
    const errorType = code.match(/export type ResourceNotFoundException = \{[^}]*?__type\??:\s*([^;,\n]+)/)?.[1]?.trim() ?? '?';
    return `no fetcher of its own; the \`X-Amz-Target\` header is typed \`${target}\` and \`__type\` \`${errorType}\`: \`const\` is not read`;
  },
};

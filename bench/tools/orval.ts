/** orval with its fetch client: header parameters become arguments only with `headers: true`. */
import { readFileSync } from 'node:fs';
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const program = `import { getCredentialsForIdentity, getId } from './api.ts';

const guest = await getId({ IdentityPoolId: '${POOL}' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' });
const identityId = guest.status === 200 ? guest.data.IdentityId : undefined;
const credentials = await getCredentialsForIdentity({ IdentityId: identityId ?? '' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' });
const missing = await getId({ IdentityPoolId: '${MISSING_POOL}' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' });
const errorType: string | undefined = missing.status === 400 ? missing.data.__type : undefined;
console.log(JSON.stringify({ identityId, accessKeyId: credentials.status === 200 ? credentials.data.Credentials?.AccessKeyId : undefined, errorType }));
`;

export const orval: ToolCheck = {
  id: 'orval',
  tool: 'orval (fetch client)',
  packages: { orval: '^8.38.0', typescript: '^5.9.3' },
  recipe: "`output: { client: 'fetch', headers: true, baseUrl }`: without `headers: true` the required `X-Amz-Target` header is dropped; pass it as each function's second argument",
  async run(t) {
    const config = t.write('orval.config.mjs', `export default { cognito: { input: { target: ${JSON.stringify(DOCUMENT.yaml)} }, output: { target: ${JSON.stringify(`${t.work}/api.ts`)}, client: 'fetch', headers: true, baseUrl: ${JSON.stringify(t.emulatorUrl)} } } };\n`);
    await t.exec(`${t.install}/node_modules/.bin/orval`, ['--config', config], { cwd: t.work });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'fetch functions for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
  async withoutRecipe(t) {
    const config = t.write('orval.config.mjs', `export default { cognito: { input: { target: ${JSON.stringify(DOCUMENT.yaml)} }, output: { target: ${JSON.stringify(`${t.work}/api.ts`)}, client: 'fetch', baseUrl: ${JSON.stringify(t.emulatorUrl)} } } };\n`);
    await t.exec(`${t.install}/node_modules/.bin/orval`, ['--config', config], { cwd: t.work });
    const code = readFileSync(`${t.work}/api.ts`, 'utf8');
    const signature = code.match(/export const getId = async \(([^)]*)\)/)?.[1]?.replace(/\s+/g, ' ') ?? '?';
    const body = code.slice(code.indexOf('export const getId = async')).split('\nexport ')[0] ?? '';
    return `\`getId(${signature})\`: ${/X-Amz-Target|headers: GetIdHeaders/.test(body) ? 'sends' : 'never sends'} \`X-Amz-Target\``;
  },
};

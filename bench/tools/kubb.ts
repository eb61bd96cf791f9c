/** Kubb (plugin-oas, plugin-ts, plugin-client with its fetch client). */
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, reported, type CallReport, type ToolCheck } from './support.ts';

const config = (document: string) => `import { defineConfig } from '@kubb/core';
import { pluginOas } from '@kubb/plugin-oas';
import { pluginTs } from '@kubb/plugin-ts';
import { pluginClient } from '@kubb/plugin-client';

export default defineConfig({
  root: '.',
  input: { path: ${JSON.stringify(document)} },
  output: { path: './gen', clean: true, format: false },
  plugins: [pluginOas(), pluginTs(), pluginClient({ client: 'fetch', dataReturnType: 'full' })],
});
`;

const program = `import { setConfig } from '@kubb/plugin-client/clients/fetch';
import { getCredentialsForIdentity } from './gen/clients/getCredentialsForIdentity.ts';
import { getId } from './gen/clients/getId.ts';
import type { GetId400 } from './gen/types/GetId.ts';

setConfig({ baseURL: process.env.EMULATOR_URL });
const guest = await getId({ IdentityPoolId: '${POOL}' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' });
const credentials = await getCredentialsForIdentity({ IdentityId: guest.data.IdentityId ?? '' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity' });
const missing = await getId({ IdentityPoolId: '${MISSING_POOL}' }, { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' });
// The fetch client neither throws on a 400 nor types its body: \`data\` is typed as the success answer.
const errorType: string | undefined = missing.status === 400 ? (missing.data as unknown as GetId400).__type : undefined;
console.log(JSON.stringify({ identityId: guest.data.IdentityId, accessKeyId: credentials.data.Credentials?.AccessKeyId, errorType }));
`;

export const kubb: ToolCheck = {
  id: 'kubb',
  tool: 'Kubb (fetch client)',
  packages: { '@kubb/cli': '^4.39.3', '@kubb/core': '^4.39.3', '@kubb/plugin-oas': '^4.39.3', '@kubb/plugin-ts': '^4.39.3', '@kubb/plugin-client': '^4.39.3', typescript: '^5.9.3' },
  recipe: "`pluginClient({ client: 'fetch', dataReturnType: 'full' })` and `setConfig({ baseURL })`; the `X-Amz-Target` header as each function's second argument; on a 400 read `data` as the operation's `<Operation>400` type (the fetch client types `data` as the success answer)",
  async run(t) {
    t.write('kubb.config.ts', config(DOCUMENT.yaml));
    await t.exec(`${t.install}/node_modules/.bin/kubb`, ['generate', '--config', 'kubb.config.ts'], { cwd: t.work, timeoutMs: 240_000 });
    t.write('call.ts', program);
    await t.typeCheck();
    return { generates: 'types and fetch functions for 23 operations', types: 'strict: ok', emulator: checkCalls(reported<CallReport>(await t.runProgram('call.ts'))) };
  },
};

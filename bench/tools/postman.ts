/**
 * openapi-to-postmanv2, its collection replayed by newman against the emulator. The converter fills a header
 * from its schema and ignores `const`, so the recipe is a collection-level pre-request script that sets
 * `X-Amz-Target` from the request URL's `#X-Amz-Target=...` fragment.
 */
import { DOCUMENT, type ToolCheck } from './support.ts';

/** The pre-request script of the recipe, as a Postman user would paste it. */
export const TARGET_SCRIPT = "pm.request.headers.upsert({ key: 'X-Amz-Target', value: pm.request.url.hash.replace('X-Amz-Target=', '') });";

const replay = `import Converter from 'openapi-to-postmanv2';
import newman from 'newman';

import { readFileSync } from 'node:fs';

const [file, baseUrl, script, jsonFile] = process.argv.slice(2);
const guestExample = JSON.parse(readFileSync(jsonFile, 'utf8')).paths['/#X-Amz-Target=AWSCognitoIdentityService.GetId'].post.requestBody.content['application/x-amz-json-1.1'].examples.guest.value;
const converted = await new Promise((resolve, reject) => Converter.convert({ type: 'file', data: file }, {}, (error, result) => (error ? reject(error) : result.result ? resolve(result.output[0].data) : reject(new Error(result.reason)))));
const targets = (items) => items.flatMap((item) => (item.item ? targets(item.item) : [item.request.header.find((h) => h.key === 'X-Amz-Target')?.value]));
const unscripted = [...new Set(targets(converted.item))];
// The recipe's other half: GetId's body pasted from the document's guest example.
const all = (items) => items.flatMap((item) => (item.item ? all(item.item) : [item]));
all(converted.item).find((item) => item.request.url.hash === 'X-Amz-Target=AWSCognitoIdentityService.GetId').request.body.raw = JSON.stringify(guestExample);
converted.event = [{ listen: 'prerequest', script: { type: 'text/javascript', exec: [script] } }];
const summary = await new Promise((resolve, reject) => newman.run({ collection: converted, envVar: [{ key: 'baseUrl', value: baseUrl }], reporters: [] }, (error, result) => (error ? reject(error) : resolve(result))));
const answers = summary.run.executions.map((e) => ({
  target: e.request.headers.get('X-Amz-Target'),
  status: e.response?.code,
  type: e.response?.headers.get('x-amzn-ErrorType')?.replace(/:.*/, ''),
}));
console.log(JSON.stringify({ requests: answers.length, unscripted, answers }));
`;

interface Replay {
  requests: number;
  unscripted: string[];
  answers: Array<{ target: string; status: number; type?: string }>;
}

async function replayWith(t: Parameters<ToolCheck['run']>[0], script: string): Promise<Replay> {
  const path = t.write('replay.mjs', replay);
  const out = await t.exec(process.execPath, [path, DOCUMENT.yaml, t.emulatorUrl, script, DOCUMENT.json], { cwd: t.work, timeoutMs: 180_000 });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Replay;
}

export const postman: ToolCheck = {
  id: 'openapi-to-postmanv2',
  tool: 'openapi-to-postmanv2 + newman',
  packages: { 'openapi-to-postmanv2': '^6.3.3', newman: '^6.2.2' },
  recipe: `set \`baseUrl\`; a collection pre-request script: \`${TARGET_SCRIPT}\` (the converter reads the header's schema, not \`const\`); bodies are filled from schemas (\`<string>\`): paste the operation's example`,
  async run(t) {
    const result = await replayWith(t, TARGET_SCRIPT);
    const lost = result.answers.filter((a) => !a.status || a.type === 'UnknownOperationException');
    if (result.requests !== 23 || lost.length > 0) throw new Error(`newman: ${result.requests} requests; not routed to their operation: ${lost.map((a) => `${a.target} ${a.status} ${a.type}`).join(', ')}`);
    const getId = result.answers.find((a) => a.target === 'AWSCognitoIdentityService.GetId');
    if (getId?.status !== 200) throw new Error(`newman: GetId with the guest example answered ${getId?.status} ${getId?.type ?? ''}`);
    const types = [...new Set(result.answers.map((a) => `${a.status}${a.type ? ` ${a.type}` : ''}`))].sort().join(', ');
    return {
      generates: 'a collection of 23 requests',
      types: '',
      emulator: `newman: 23 of 23 reach their operation; GetId with the example body 200; the others answer ${types.replace('200, ', '')} to schema-filled bodies`,
    };
  },
  async withoutRecipe(t) {
    const result = await replayWith(t, '');
    const unknown = result.answers.filter((a) => a.type === 'UnknownOperationException').length;
    return `every \`X-Amz-Target\` is \`${result.unscripted.join(', ')}\`: ${unknown} of ${result.requests} requests answered UnknownOperationException`;
  },
};

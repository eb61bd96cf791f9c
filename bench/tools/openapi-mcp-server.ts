/**
 * A generic OpenAPI-to-MCP server (@ivotoby/openapi-mcp-server) over the published document, driven by the MCP
 * SDK's client on stdio: 23 tools whose input schemas stand alone (a `$ref` into `#/components` that the tool
 * schema does not carry is what strict MCP hosts reject), and tool calls that reach the emulator.
 */
import { DOCUMENT, MISSING_POOL, POOL, checkCalls, type CallReport, type ToolCheck } from './support.ts';

const session = `import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { fileURLToPath } from 'node:url';

const [spec, baseUrl] = process.argv.slice(2);
const server = fileURLToPath(new URL('../node_modules/@ivotoby/openapi-mcp-server/bin/mcp-server.js', import.meta.url));
const transport = new StdioClientTransport({
  command: process.execPath,
  args: [server, '--api-base-url', baseUrl, '--openapi-spec', spec, '--transport', 'stdio'],
  stderr: 'ignore',
});
const client = new Client({ name: 'tool-matrix', version: '1.0.0' });
await client.connect(transport);
const { tools } = await client.listTools();
// A $ref is dangling when it points outside the tool's own schema: into #/components, or to a $defs entry it lacks.
const dangling = tools.filter((tool) => {
  const text = JSON.stringify(tool.inputSchema);
  return [...text.matchAll(/"\\$ref":"([^"]+)"/g)].some(([, ref]) => !ref.startsWith('#/$defs/') || !(ref.slice(8) in (tool.inputSchema.$defs ?? {})));
}).map((tool) => tool.name);
const call = async (name, args) => {
  const result = await client.callTool({ name, arguments: args });
  return { isError: result.isError === true, text: result.content.map((c) => c.text ?? '').join('') };
};
const guest = await call('get-id', { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', IdentityPoolId: '${POOL}' });
const identityId = guest.isError ? undefined : JSON.parse(guest.text).IdentityId;
const credentials = await call('get-credentials-id', { 'X-Amz-Target': 'AWSCognitoIdentityService.GetCredentialsForIdentity', IdentityId: identityId });
const missing = await call('get-id', { 'X-Amz-Target': 'AWSCognitoIdentityService.GetId', IdentityPoolId: '${MISSING_POOL}' });
await client.close();
console.log(JSON.stringify({
  tools: tools.length, dangling,
  identityId, accessKeyId: credentials.isError ? undefined : JSON.parse(credentials.text).Credentials?.AccessKeyId,
  errorType: missing.isError ? missing.text.match(/\\w+Exception/)?.[0] : undefined,
}));
`;

interface Session extends CallReport {
  tools: number;
  dangling: string[];
}

export const openapiMcpServer: ToolCheck = {
  id: 'openapi-mcp-server',
  tool: '@ivotoby/openapi-mcp-server (MCP SDK client)',
  packages: { '@ivotoby/openapi-mcp-server': '^1.16.1', '@modelcontextprotocol/sdk': '^1.32.2' },
  recipe: 'each tool takes `X-Amz-Target` as an argument, its value named by the schema\'s `const` (the server sends the document\'s media type itself)',
  async run(t) {
    const path = t.write('session.mjs', session);
    const out = await t.exec(process.execPath, [path, DOCUMENT.json, t.emulatorUrl], { cwd: t.work, timeoutMs: 120_000 });
    const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Session;
    if (result.tools !== 23) throw new Error(`MCP: ${result.tools} tools, not 23`);
    const calls = checkCalls(result);
    if (result.dangling.length > 0) throw new Error(`MCP: ${result.dangling.length} of 23 tool input schemas hold $refs they do not carry (${result.dangling.join(', ')}); tools/call itself works (${calls})`);
    return { generates: '23 tools, every input schema self-contained', types: '', emulator: `tools/call ${calls}` };
  },
};

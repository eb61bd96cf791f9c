/**
 * The MCP server: the tool catalogue (generated/tools.json) over stdio with the official MCP SDK, each call
 * checked against its tool's input schema and then made through this project's client.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { CognitoIdentityClient } from '../client/create-client.ts';
import type { OperationName } from '../client/types.ts';
import { createInputValidators, inputProblems, offeredTools, toolError, toolFailure, toolSuccess, type ToolEntry } from './tools.ts';

/** Options of the MCP server. */
export interface McpServerOptions {
  tools: readonly ToolEntry[];
  client: CognitoIdentityClient;
  allowWrites: boolean;
  version: string;
}

/** The catalogue this package ships, found through the package's own `exports`. */
export async function loadToolCatalogue(): Promise<ToolEntry[]> {
  const path = fileURLToPath(import.meta.resolve('cognito-identity-openapi/tools.json'));
  return (JSON.parse(await readFile(path, 'utf8')) as { tools: ToolEntry[] }).tools;
}

/** An MCP server (not yet connected) exposing the tools. */
export function createMcpServer(options: McpServerOptions): Server {
  const offered = offeredTools(options.tools, options.allowWrites);
  const byName = new Map(options.tools.map((tool) => [tool.name, tool]));
  const validators = createInputValidators(options.tools);
  const server = new Server({ name: 'cognito-identity-openapi', version: options.version }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: offered }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name, arguments: input = {} } = request.params;
    const tool = byName.get(name);
    if (!tool) return toolError('UnknownToolException', `There is no tool ${JSON.stringify(name)}.`);
    if (!offered.includes(tool)) {
      return toolError('WritesNotAllowedException', `${name} changes AWS resources; start the server with --allow-writes to use it.`);
    }
    const problems = inputProblems(validators.get(name) as never, input);
    if (problems) return toolError('ValidationException', `Invalid input for ${name}: ${problems}`);
    try {
      return toolSuccess(await options.client.send(name as OperationName, input as never) as Record<string, unknown>);
    } catch (error) {
      return toolFailure(error);
    }
  });
  return server;
}

/** Serves the tools over stdio until the input closes. */
export async function serveStdio(options: McpServerOptions): Promise<void> {
  await createMcpServer(options).connect(new StdioServerTransport());
}

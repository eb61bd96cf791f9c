/**
 * The MCP server: the tool catalogue (packages/document/tools.json) over stdio with the official MCP SDK, each call
 * checked against its tool's input schema and then made through this project's client. Read-only unless
 * writes are allowed (by each tool's `readOnlyHint`, which follows from the operation's `x-effect`), and
 * secrets redacted from results unless revealing them was asked for.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { operations } from 'cognito-identity-openapi/service-metadata';
import type { CognitoIdentityClient, OperationName } from 'cognito-identity-openapi';
import { outputSchemaOf, redactBySchema, secretsNotice, sensitiveOutputOf } from './redact.ts';
import { createInputValidators, inputProblems, offeredTools, toolError, toolFailure, toolSuccess, type ToolEntry } from './tools.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Options of the MCP server. */
export interface McpServerOptions {
  tools: readonly ToolEntry[];
  /** The published OpenAPI document: its schemas say which output members are secret. */
  document: Obj;
  client: CognitoIdentityClient;
  allowWrites: boolean;
  /** Return secret output members in full instead of redacted. */
  revealSecrets: boolean;
  /** Why signed calls cannot be made here, naming what to set; undefined when they can. */
  signedCallProblem?: string;
  version: string;
}

async function loadPackageFile(specifier: string): Promise<Obj> {
  return JSON.parse(await readFile(fileURLToPath(import.meta.resolve(specifier)), 'utf8'));
}

/** The catalogue this package ships, found through the package's own `exports`. */
export async function loadToolCatalogue(): Promise<ToolEntry[]> {
  return (await loadPackageFile('cognito-identity-openapi-document/tools.json')).tools as ToolEntry[];
}

/** The OpenAPI document this package ships. */
export function loadDocument(): Promise<Obj> {
  return loadPackageFile('cognito-identity-openapi-document/openapi.json');
}

/** The tools as listed: descriptions say whether secrets are redacted. */
function listedTools(offered: readonly ToolEntry[], options: McpServerOptions): ToolEntry[] {
  return offered.map((tool) => {
    const notice = secretsNotice(sensitiveOutputOf(options.document, tool.name), options.revealSecrets);
    return notice ? { ...tool, description: `${tool.description}\n\n${notice}` } : tool;
  });
}

const isSigned = (name: string): boolean => (operations as Record<string, { signed: boolean }>)[name]?.signed ?? true;

/** An MCP server (not yet connected) exposing the tools. */
export function createMcpServer(options: McpServerOptions): Server {
  const offered = offeredTools(options.tools, options.allowWrites);
  const listed = listedTools(offered, options);
  const byName = new Map(options.tools.map((tool) => [tool.name, tool]));
  const validators = createInputValidators(options.tools);
  const server = new Server({ name: 'cognito-identity-openapi', version: options.version }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: listed }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name, arguments: input = {} } = request.params;
    const tool = byName.get(name);
    if (!tool) return toolError('UnknownToolException', `There is no tool ${JSON.stringify(name)}.`);
    if (!offered.includes(tool)) {
      return toolError('WritesNotAllowedException', `${name} changes AWS resources (see its x-effect); start the server with --allow-writes to use it.`);
    }
    const problems = inputProblems(validators.get(name) as never, input);
    if (problems) return toolError('ValidationException', `Invalid input for ${name}: ${problems}`);
    if (options.signedCallProblem && isSigned(name)) return toolError('ConfigurationError', `${name} is signed with SigV4, but ${options.signedCallProblem}.`);
    try {
      const output = await options.client.send(name as OperationName, input as never) as Record<string, unknown>;
      return toolSuccess(options.revealSecrets ? output : redactBySchema(output, outputSchemaOf(options.document, name), options.document) as Record<string, unknown>);
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

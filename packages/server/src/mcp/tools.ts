/**
 * The MCP side of the tool catalogue: which tools a server offers, input checks against each tool's schema,
 * and AWS answers turned into MCP tool results. No I/O: `server.ts` wires it to a transport.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { CognitoIdentityConfigError, CognitoIdentityError } from 'cognito-identity-openapi';

/** One entry of packages/document/tools.json. */
export interface ToolEntry {
  name: string;
  title: string;
  description: string;
  inputSchema: Record<string, unknown> & { type: 'object' };
  outputSchema: Record<string, unknown> & { type: 'object' };
  annotations: { readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint?: boolean; title?: string };
}

/** An MCP `tools/call` result. */
export interface ToolResult {
  [key: string]: unknown;
  content: Array<{ type: 'text'; text: string }>;
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/** The tools a server offers: read-only ones, and the rest only when writes are allowed. */
export function offeredTools(tools: readonly ToolEntry[], allowWrites: boolean): ToolEntry[] {
  return tools.filter((tool) => allowWrites || tool.annotations.readOnlyHint);
}

/** Compiled input validators by tool name. */
export function createInputValidators(tools: readonly ToolEntry[]): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return new Map(tools.map((tool) => [tool.name, ajv.compile(tool.inputSchema)]));
}

/**
 * A tool error result: `{__type, message, ...}` as JSON text. No `structuredContent`: MCP holds that to the
 * tool's output schema, which describes success.
 */
export function toolError(type: string, message: string, extra: Record<string, unknown> = {}): ToolResult {
  return { isError: true, content: [{ type: 'text', text: JSON.stringify({ __type: type, message, ...extra }) }] };
}

/** The problems of a tool input, or undefined when it is valid. */
export function inputProblems(validate: ValidateFunction, input: unknown): string | undefined {
  if (validate(input)) return undefined;
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(input)'} ${e.message ?? e.keyword}`).join('; ');
}

/** The result of a successful call. */
export function toolSuccess(output: Record<string, unknown>): ToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(output) }], structuredContent: output };
}

/** The result of a failed call: AWS errors keep their `__type`, status and request id. */
export function toolFailure(error: unknown): ToolResult {
  if (error instanceof CognitoIdentityError) {
    return toolError(error.__type, error.message, { status: error.status, ...(error.requestId ? { requestId: error.requestId } : {}) });
  }
  if (error instanceof CognitoIdentityConfigError) return toolError('ConfigurationError', error.message);
  return toolError('NetworkError', (error as Error).message ?? String(error));
}

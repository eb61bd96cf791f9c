/**
 * What the MCP server takes from its environment and flags: region, endpoint and credentials, by the standard
 * AWS variable names. When something a signed call needs is missing, the message names the variables to set,
 * because the person reading it configures an agent host, not a library call.
 */
import type { ClientConfig, Credentials } from 'cognito-identity-openapi';

/** The variables read, in order of precedence within each purpose. */
export const MCP_ENVIRONMENT = {
  credentials: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'],
  region: ['AWS_REGION', 'AWS_DEFAULT_REGION'],
  endpoint: ['AWS_ENDPOINT_URL_COGNITO_IDENTITY', 'AWS_ENDPOINT_URL'],
} as const;

/** The client configuration, and why signed calls cannot be made (undefined when they can). */
export interface McpSetup {
  config: ClientConfig;
  signedCallProblem?: string;
}

/** Thrown when the server cannot start: it names the flag or variables to set. */
export class McpSetupError extends Error {
  override name = 'McpSetupError';
}

function credentialsOf(env: NodeJS.ProcessEnv): Credentials | undefined {
  if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) return undefined;
  return { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}) };
}

function missingCredentials(env: NodeJS.ProcessEnv): string | undefined {
  const unset = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'].filter((name) => !env[name]);
  if (unset.length === 0) return undefined;
  return `this MCP server has no AWS credentials (${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} not set): set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, plus AWS_SESSION_TOKEN for temporary credentials, in the environment the agent host starts it with`;
}

/** Region, endpoint and credentials from flags and the environment; throws McpSetupError without region or endpoint. */
export function setupFromEnvironment(env: NodeJS.ProcessEnv, flags: { region?: string; endpoint?: string }): McpSetup {
  const region = flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const endpoint = flags.endpoint ?? env.AWS_ENDPOINT_URL_COGNITO_IDENTITY ?? env.AWS_ENDPOINT_URL;
  if (!region && !endpoint) throw new McpSetupError('mcp: no region: set AWS_REGION (or AWS_DEFAULT_REGION), or pass --region REGION or --endpoint URL');
  const credentials = credentialsOf(env);
  const problem = missingCredentials(env)
    ?? (region ? undefined : 'this MCP server has no region to sign for: set AWS_REGION (or AWS_DEFAULT_REGION), or pass --region REGION');
  return {
    config: { ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}), ...(credentials ? { credentials } : {}) },
    ...(problem ? { signedCallProblem: problem } : {}),
  };
}

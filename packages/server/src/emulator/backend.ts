/**
 * The emulator behind the front: reads the caller from the request, verifies the emulator's own tokens in
 * Logins, runs the operation's handler in a store transaction and turns service errors into AWS's answer.
 */
import { operations as metadata } from 'cognito-identity-openapi/service-metadata';
import type { Backend, BackendCall, BackendResponse, ExtraRequest, ExtraResponse } from '../mock/backend.ts';
import { SERVER_FAULT_ERROR, errorBody, errorStatus } from 'cognito-identity-openapi/protocol';
import { callerOf, type Context } from './context.ts';
import { ServiceError } from './errors.ts';
import { OWN_PROVIDER } from './logins.ts';
import { HANDLERS, isOperation } from './operations.ts';
import type { Store } from './store.ts';
import type { TokenIssuer } from './tokens.ts';

/** What the emulator backend works with. */
export interface EmulatorParts {
  store: Store;
  tokens: TokenIssuer;
  /** The account of callers whose access key id is not 12 digits, and of public calls. */
  accountId: string;
  /** Answers the non-AWS routes (JWKS, `/_emulator/...`, `/moto-api/...`). */
  serveExtra(request: ExtraRequest): Promise<ExtraResponse | undefined>;
  /** The clock, epoch seconds (tests may fix it). */
  now?: () => number;
}

/** Claims of the emulator's own valid tokens among the call's Logins. */
async function verifyOwnTokens(tokens: TokenIssuer, input: Record<string, unknown>): Promise<Map<string, Record<string, unknown>>> {
  const verified = new Map<string, Record<string, unknown>>();
  const token = (input.Logins as Record<string, string> | undefined)?.[OWN_PROVIDER];
  if (token !== undefined) {
    const claims = await tokens.verify(token);
    if (claims) verified.set(token, claims);
  }
  return verified;
}

function answerError(error: unknown): BackendResponse {
  if (error instanceof ServiceError) return { status: errorStatus(error.type), body: errorBody(error.type, error.message) };
  return { status: errorStatus(SERVER_FAULT_ERROR), body: errorBody(SERVER_FAULT_ERROR, `The emulator failed: ${(error as Error).message}`) };
}

/** The emulator as a backend of the front. */
export function createEmulatorBackend(parts: EmulatorParts): Backend {
  const now = parts.now ?? (() => Date.now() / 1000);
  return {
    async respond({ operation, input, headers }: BackendCall): Promise<BackendResponse> {
      if (!isOperation(operation)) return answerError(new Error(`no handler for ${operation}`));
      const caller = metadata[operation].signed ? callerOf(headers.authorization, parts.accountId) : { account: parts.accountId, region: undefined };
      // Most calls carry no token of the emulator's: no verification, and no await, for them.
      const verified = (input.Logins as Record<string, string> | undefined)?.[OWN_PROVIDER] === undefined ? new Map<string, Record<string, unknown>>() : await verifyOwnTokens(parts.tokens, input);
      try {
        const body = await parts.store.run((tx) => {
          const ctx: Context = { tx, ...caller, now: now(), tokens: parts.tokens, verified };
          return (HANDLERS[operation] as (c: Context, i: unknown) => unknown)(ctx, input);
        });
        return { status: 200, body };
      } catch (error) {
        return answerError(error);
      }
    },
    serveExtra: (request) => parts.serveExtra(request),
  };
}

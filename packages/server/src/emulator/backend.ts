/**
 * The emulator behind the front: reads the caller from the request, verifies the emulator's own tokens in
 * Logins and checks the signatures of the others (trusted-issuers.ts), runs the operation's handler in a store transaction and turns service errors into AWS's answer.
 */
import type { OperationName } from 'cognito-identity-openapi';
import { operations as metadata } from 'cognito-identity-openapi/service-metadata';
import type { Backend, BackendCall, BackendResponse, ExtraRequest, ExtraResponse } from '../mock/backend.ts';
import { SERVER_FAULT_ERROR, errorBody, errorStatus } from 'cognito-identity-openapi/protocol';
import { callerOf, type Context } from './context.ts';
import { ServiceError } from './errors.ts';
import { OWN_PROVIDER, isJwt } from './logins.ts';
import { HANDLERS, isOperation } from './operations.ts';
import type { Store } from './store.ts';
import type { TokenIssuer } from './tokens.ts';
import type { TokenCheck, TokenVerifier } from './trusted-issuers.ts';

/** What the emulator backend works with. */
export interface EmulatorParts {
  store: Store;
  tokens: TokenIssuer;
  /** Checks the signatures of other issuers' tokens. */
  verifier: TokenVerifier;
  /** Where a refused signature's reason goes (the service's message does not say it). */
  log?: (line: string) => void;
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

/** The signature check of every other JWT among the call's Logins, by Logins key. */
async function checkLoginTokens(parts: EmulatorParts, input: Record<string, unknown>): Promise<Map<string, { token: string; check: TokenCheck }>> {
  const logins = Object.entries((input.Logins as Record<string, string> | undefined) ?? {}).filter(([provider, token]) => provider !== OWN_PROVIDER && isJwt(token));
  const checks = await Promise.all(logins.map(async ([provider, token]) => [provider, { token, check: await parts.verifier.check(provider, token) }] as const));
  for (const [provider, { check }] of checks) if (check.verdict === 'refused') parts.log?.(`login token for ${provider} refused: ${check.reason}`);
  return new Map(checks);
}

function answerError(error: unknown): BackendResponse {
  if (error instanceof ServiceError) return { status: errorStatus(error.type), body: errorBody(error.type, error.message) };
  return { status: errorStatus(SERVER_FAULT_ERROR), body: errorBody(SERVER_FAULT_ERROR, `The emulator failed: ${(error as Error).message}`) };
}

/** Claims of the emulator's own tokens, and the signature checks of the others, in a call's Logins. */
type TokenChecks = [ReadonlyMap<string, Record<string, unknown>>, ReadonlyMap<string, { token: string; check: TokenCheck }>];

/** The caller of a call. */
type Caller = ReturnType<typeof callerOf>;

/** The token checks of a call without Logins: none (one shared pair; handlers only read them). */
const NO_TOKENS: TokenChecks = [new Map(), new Map()];

/** The emulator as a backend of the front. */
export function createEmulatorBackend(parts: EmulatorParts): Backend {
  const now = parts.now ?? (() => Date.now() / 1000);
  /** Runs the handler in a transaction: the answer comes at once when the store has nothing to wait for. */
  const answer = (operation: OperationName, input: Record<string, unknown>, caller: Caller, [verified, tokenChecks]: TokenChecks): BackendResponse | Promise<BackendResponse> => {
    try {
      const body = parts.store.run((tx) => {
        const ctx: Context = { tx, account: caller.account, region: caller.region, now: now(), tokens: parts.tokens, verified, tokenChecks };
        return (HANDLERS[operation] as (c: Context, i: unknown) => unknown)(ctx, input);
      });
      return body instanceof Promise ? body.then(answered, answerError) : { status: 200, body };
    } catch (error) {
      return answerError(error);
    }
  };
  return {
    respond({ operation, input, headers }: BackendCall): BackendResponse | Promise<BackendResponse> {
      if (!isOperation(operation)) return answerError(new Error(`no handler for ${operation}`));
      const caller = metadata[operation].signed ? callerOf(headers.authorization, parts.accountId) : { account: parts.accountId, region: undefined };
      // Most calls carry no login token at all: no verification, and no promise, for them.
      const logins = input.Logins as Record<string, string> | undefined;
      if (logins === undefined || Object.keys(logins).length === 0) return answer(operation, input, caller, NO_TOKENS);
      return Promise.all([logins[OWN_PROVIDER] === undefined ? new Map<string, Record<string, unknown>>() : verifyOwnTokens(parts.tokens, input), checkLoginTokens(parts, input)])
        .then((checks) => answer(operation, input, caller, checks));
    },
    serveExtra: (request) => parts.serveExtra(request),
  };
}

function answered(body: unknown): BackendResponse {
  return { status: 200, body };
}

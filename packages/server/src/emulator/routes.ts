/**
 * The emulator's routes outside the AWS API: the JWKS of its OpenID tokens at `/.well-known/jwks_uri` (the
 * path AWS uses), the built-in test identity provider (`/_emulator/idp/token`, `/_emulator/idp/jwks.json`),
 * the credentials registry, state export, seed and reset under `/_emulator/`, and moto's
 * server-mode reset routes so suites written for moto can point at the emulator unchanged.
 */
import type { ExtraRequest, ExtraResponse } from '../mock/backend.ts';
import { PROTOCOL_ERRORS, errorBody } from 'cognito-identity-openapi/protocol';
import type { Validate } from '../schema-validator.ts';
import { resetAuth, type MotoAuthState } from './moto-api.ts';
import { applySeed, exportState, resetState, SeedError } from './state.ts';
import { keys, type Store } from './store.ts';
import { IdTokenRequestError, type TestProvider } from './test-provider.ts';
import type { TokenIssuer } from './tokens.ts';

/** What the routes work with. */
export interface RouteParts {
  store: Store;
  tokens: TokenIssuer;
  validate: Validate;
  testProvider: TestProvider;
  /** Mints a test provider's token for a request body (IdTokenRequestError when it cannot). */
  mint(request: unknown): Promise<{ token: string; claims: Record<string, unknown> }>;
  moto: MotoAuthState;
}

const json = (status: number, body: unknown): ExtraResponse => ({ status, body, contentType: 'application/json' });
const asJson = (answer: ExtraResponse): ExtraResponse => ({ ...answer, body: JSON.stringify(answer.body) });

function parse(body: string): unknown {
  try {
    return body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return undefined;
  }
}

async function seed(parts: RouteParts, body: string): Promise<ExtraResponse> {
  const value = parse(body);
  try {
    await parts.store.run((tx) => applySeed(tx, parts.validate, value, Date.now() / 1000, true));
  } catch (error) {
    if (error instanceof SeedError) return json(400, errorBody(PROTOCOL_ERRORS.validation, error.message));
    throw error;
  }
  return json(200, { records: parts.store.size });
}

async function mintRoute(parts: RouteParts, body: string): Promise<ExtraResponse> {
  try {
    return json(200, await parts.mint(parse(body)));
  } catch (error) {
    if (error instanceof IdTokenRequestError) return json(400, errorBody(PROTOCOL_ERRORS.validation, error.message));
    throw error;
  }
}

/** Answers a non-AWS request, or undefined when the path is not one of the emulator's. */
export async function serveRoute(parts: RouteParts, request: ExtraRequest): Promise<ExtraResponse | undefined> {
  const { method, path } = request;
  const route = `${method} ${path}`;
  let answer: ExtraResponse | undefined;
  if (route === 'GET /.well-known/jwks_uri') answer = json(200, parts.tokens.jwks());
  else if (route === 'POST /_emulator/idp/token') answer = await mintRoute(parts, request.body);
  else if (route === 'GET /_emulator/idp/jwks.json') answer = json(200, parts.testProvider.jwks());
  else if (method === 'GET' && path.startsWith('/_emulator/credentials/')) {
    const record = parts.store.get(keys.credentials(decodeURIComponent(path.slice('/_emulator/credentials/'.length))));
    answer = record ? json(200, record) : json(404, errorBody('ResourceNotFoundException', 'No credentials with this access key id were issued.'));
  } else if (route === 'GET /_emulator/state') {
    await parts.store.run(() => undefined);
    answer = json(200, exportState(parts.store.entries()));
  } else if (route === 'POST /_emulator/seed') answer = await seed(parts, request.body);
  else if (route === 'POST /_emulator/reset' || route === 'POST /moto-api/reset') {
    await parts.store.run((tx) => resetState(tx, parts.store.entries()));
    answer = json(200, route.includes('moto') ? { status: 'ok' } : { reset: true });
  } else if (route === 'POST /moto-api/reset-auth') {
    const { status, body } = resetAuth(parts.moto, request.body);
    answer = json(status, body);
  }
  return answer && asJson(answer);
}

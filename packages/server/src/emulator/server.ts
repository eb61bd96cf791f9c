/**
 * `startEmulator()`: the stateful emulator of Cognito Identity behind the mock's front door and HTTP server.
 * State lives in memory, or with `stateDir` in durable storage read back at start; `seed` loads pools and
 * identities (or an export) at start; `trustIssuers` and `verifyAllTokens` say whose login tokens' signatures
 * are checked, and `mintIdToken` gives tests tokens from the built-in test provider.
 */
import { readFile } from 'node:fs/promises';
import type { ExtraRequest } from '../mock/backend.ts';
import { createFront, DEFAULT_MAX_BODY_BYTES } from '../mock/front.ts';
import { loadPublishedDocument, startServer } from '../mock/http-server.ts';
import { createValidator } from '../schema-validator.ts';
import { healthRoute, HEALTH_PATH } from '../health.ts';
import { DEFAULT_PORTS } from '../ports.ts';
import { createEmulatorBackend } from './backend.ts';
import { DEFAULTS } from './context.ts';
import { memoryPersistence, openPersistence, type Persistence } from './persistence.ts';
import { resumePoolDeletions } from './pool-deletion.ts';
import { serveRoute } from './routes.ts';
import { applySeed } from './state.ts';
import { keys, Store, type PoolConfig, type PoolRecord } from './store.ts';
import { createTestProvider, mintIdToken, newTestProviderKey, type IdTokenRequest } from './test-provider.ts';
import { createTokenIssuer, newKeyRecord } from './tokens.ts';
import { createTokenVerifier, type TrustedIssuers } from './trusted-issuers.ts';

export type { IdTokenRequest } from './test-provider.ts';
export type { KeySource, TrustedIssuers } from './trusted-issuers.ts';

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port to listen on (default 4630, `DEFAULT_PORTS.emulator`; 0 picks a free one). */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** The account of callers whose access key id is not 12 digits (default 123456789012). */
  accountId?: string;
  /** A directory for durable state; without it, state lives in memory only. */
  stateDir?: string;
  /** Storage to use instead (tests); overrides `stateDir`. */
  persistence?: Persistence;
  /** A seed or export to load at start: a file path or the parsed JSON. */
  seed?: string | object;
  /** The OpenAPI document (default: cognito-identity-openapi-document's openapi.json). */
  document?: Record<string, unknown>;
  /** Largest request body, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Where each request's log line goes, and why a login token's signature was refused (default: nowhere). */
  log?: (line: string) => void;
  /**
   * Issuers whose login tokens' signatures are checked: issuer URL or provider name -> JWKS URL, JWKS file,
   * key set, or `true` for `<issuer>/.well-known/jwks.json`. A trailing `*` matches any rest of an issuer,
   * and a `*` in the URL or file stands for it. The built-in test provider's key is trusted for every issuer.
   */
  trustIssuers?: TrustedIssuers;
  /** Refuse a JWT whose issuer's keys are unknown (default false: it is checked by its claims alone). */
  verifyAllTokens?: boolean;
}

/** A running emulator. */
export interface Emulator {
  url: string;
  /** The store, for tests that look inside. */
  store: Store;
  /** An ID token from the built-in test provider, which the emulator trusts (`POST /_emulator/idp/token` over HTTP). */
  mintIdToken(request: IdTokenRequest): Promise<string>;
  close(): Promise<void>;
}

/** A key kept as a `meta/` record, made at first start. */
async function storedKey<K>(store: Store, name: string, make: () => Promise<K>): Promise<K> {
  const kept = store.get(keys.meta(name)) as K | undefined;
  if (kept) return kept;
  const record = await make();
  await store.run((tx) => tx.set(keys.meta(name), record));
  return record;
}

/** Every pool's configuration (the test provider picks a token's default audience from them). */
function poolConfigs(store: Store): PoolConfig[] {
  return store.entries().flatMap(([key, value]) => (key.startsWith('pool/') ? [(value as PoolRecord).config] : []));
}

/** Starts the emulator; resolves once it listens. A start that fails (a bad seed, a busy port) closes the storage. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const persistence = options.persistence ?? (options.stateDir ? await openPersistence(options.stateDir) : memoryPersistence());
  try {
    return await startOn(persistence, options);
  } catch (error) {
    await persistence.close();
    throw error;
  }
}

async function startOn(persistence: Persistence, options: EmulatorOptions): Promise<Emulator> {
  // Reading the records is I/O: load and compile the document meanwhile.
  const opening = Store.open(persistence);
  opening.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const document = options.document ?? await loadPublishedDocument();
  const validate = createValidator(document);
  const store = await opening;
  // A pool deletion cut short by a stop goes on in the background; its pool is already gone for callers.
  const resuming = resumePoolDeletions(store).catch(() => {});
  if (options.seed !== undefined) {
    const seed = typeof options.seed === 'string' ? JSON.parse(await readFile(options.seed, 'utf8')) : options.seed;
    await store.run((tx) => applySeed(tx, validate, seed, Date.now() / 1000));
  }
  // After the seed: an export brings the keys its tokens were signed with.
  const tokens = await createTokenIssuer(await storedKey(store, 'signing-key', newKeyRecord));
  const testProvider = await createTestProvider(await storedKey(store, 'test-provider-key', newTestProviderKey));
  const verifier = await createTokenVerifier({
    trusted: options.trustIssuers ?? {}, verifyAll: options.verifyAllTokens === true, anyIssuer: { kid: testProvider.kid, keys: testProvider.keys },
  });
  const mint = (request: unknown) => mintIdToken(testProvider, poolConfigs(store), request, Date.now() / 1000);
  const routes = { store, tokens, validate, mint, testProvider, moto: { noAuthActionCount: Infinity } };
  const health = healthRoute({ server: 'emulator', state: 'directory' in persistence ? 'directory' : 'memory' }, [HEALTH_PATH, '/_emulator/health']);
  const serveExtra = async (request: ExtraRequest) => health.serve(request) ?? serveRoute(routes, request);
  const backend = createEmulatorBackend({
    store, tokens, verifier, accountId: options.accountId ?? DEFAULTS.account, serveExtra,
    ...(options.log ? { log: options.log } : {}),
  });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = await startServer(createFront(document, backend, { maxBodyBytes }), {
    port: options.port ?? DEFAULT_PORTS.emulator, host: options.host ?? '127.0.0.1', maxBodyBytes, ...(options.log ? { log: options.log } : {}),
  });
  return {
    url: server.url,
    store,
    mintIdToken: async (request) => (await mint(request)).token,
    close: async () => {
      health.stopping();
      await server.close();
      await resuming;
      await store.run(() => undefined);
      await persistence.close();
    },
  };
}

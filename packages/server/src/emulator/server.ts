/**
 * `startEmulator()`: the stateful emulator of Cognito Identity behind the mock's front door and HTTP server.
 * State lives in memory, or with `stateDir` in durable storage read back at start; `seed` loads pools and
 * identities (or an export) at start.
 */
import { readFile } from 'node:fs/promises';
import { createFront, DEFAULT_MAX_BODY_BYTES } from '../mock/front.ts';
import { loadPublishedDocument, startServer } from '../mock/http-server.ts';
import { createValidator } from '../schema-validator.ts';
import { createEmulatorBackend } from './backend.ts';
import { DEFAULTS } from './context.ts';
import { memoryPersistence, openPersistence, type Persistence } from './persistence.ts';
import { resumePoolDeletions } from './pool-deletion.ts';
import { serveRoute } from './routes.ts';
import { applySeed } from './state.ts';
import { keys, Store } from './store.ts';
import { createTokenIssuer, newKeyRecord, type KeyRecord } from './tokens.ts';

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port to listen on (default 4010, as the mock; 0 picks a free one). */
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
  /** Where each request's log line goes (default: nowhere). */
  log?: (line: string) => void;
}

/** A running emulator. */
export interface Emulator {
  url: string;
  /** The store, for tests that look inside. */
  store: Store;
  close(): Promise<void>;
}

async function signingKey(store: Store): Promise<KeyRecord> {
  const kept = store.get(keys.meta('signing-key')) as KeyRecord | undefined;
  if (kept) return kept;
  const record = await newKeyRecord();
  await store.run((tx) => tx.set(keys.meta('signing-key'), record));
  return record;
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
  // After the seed: an export brings the key its tokens were signed with.
  const tokens = await createTokenIssuer(await signingKey(store));
  const routes = { store, tokens, validate, moto: { noAuthActionCount: Infinity } };
  const backend = createEmulatorBackend({ store, tokens, accountId: options.accountId ?? DEFAULTS.account, serveExtra: (request) => serveRoute(routes, request) });
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = await startServer(createFront(document, backend, { maxBodyBytes }), {
    port: options.port ?? 4010, host: options.host ?? '127.0.0.1', maxBodyBytes, ...(options.log ? { log: options.log } : {}),
  });
  return {
    url: server.url,
    store,
    close: async () => {
      await server.close();
      await resuming;
      await store.run(() => undefined);
      await persistence.close();
    },
  };
}

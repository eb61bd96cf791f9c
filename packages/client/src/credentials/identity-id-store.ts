/**
 * Where the provider keeps an identity pool's identity id between page loads: `localStorage` when the page
 * has one, else memory, or any store the app passes (sync or async, like `localStorage` or an IndexedDB
 * wrapper). A store that fails is treated as empty: the provider then asks GetId again.
 */

/** A key-value store with the `localStorage` methods; each may return a promise. */
export interface IdentityIdStorage {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

/** The storage key of a pool's identity id: namespaced by package and pool, so pools never share an id. */
export function identityIdKey(identityPoolId: string): string {
  return `cognito-identity-openapi:${identityPoolId}:identityId`;
}

/** A store in memory, for pages without `localStorage` (workers, Node) or when the app wants nothing kept. */
export function memoryStorage(): IdentityIdStorage {
  const items: Record<string, string> = Object.create(null);
  return { getItem: (key) => items[key] ?? null, setItem: (key, value) => { items[key] = value; }, removeItem: (key) => { delete items[key]; } };
}

/** The page's `localStorage`, or memory when there is none or it is refused (some private modes throw). */
export function defaultStorage(): IdentityIdStorage {
  try {
    const storage = (globalThis as { localStorage?: IdentityIdStorage }).localStorage;
    if (storage && typeof storage.getItem === 'function') return storage;
  } catch { /* access refused: fall through */ }
  return memoryStorage();
}

/** Reads an id; a failing store counts as empty. */
export async function readId(storage: IdentityIdStorage, key: string): Promise<string | undefined> {
  try { return (await storage.getItem(key)) || undefined; } catch { return undefined; }
}

/** Writes or removes an id; a failing store is ignored (the id is still used for this page's life). */
export async function writeId(storage: IdentityIdStorage, key: string, id: string | undefined): Promise<void> {
  try { await (id === undefined ? storage.removeItem(key) : storage.setItem(key, id)); } catch { /* ignored */ }
}

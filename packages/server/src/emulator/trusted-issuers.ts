/**
 * Signatures of login tokens: the emulator verifies a JWT wherever it can know the issuer's public keys. Those
 * are the built-in test provider's key (test-provider.ts), trusted for any issuer, and the issuers the options
 * name, each with a JWKS URL (fetched with jose's remote key set: cached, fetched again when a token names a
 * `kid` it does not hold, so key rotation works), a JWKS file (read again on an unknown `kid`) or a key set
 * given in code. A JWT of an issuer whose keys are unknown is accepted on its claims alone, or refused when
 * every token must be verified. An unsigned JWT (`alg: none`) is refused for any issuer: the service accepts
 * only signed tokens.
 */
import { readFile, stat } from 'node:fs/promises';
import {
  compactVerify, createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors,
  type CryptoKey, type FlattenedJWSInput, type JSONWebKeySet, type JWSHeaderParameters,
} from 'jose';

/** Where an issuer's public keys are: a JWKS URL or file, a key set, or `true` for `<issuer>/.well-known/jwks.json`. */
export type KeySource = string | JSONWebKeySet | true;

/**
 * Trusted issuers: issuer URL (or provider name, `https://` assumed) -> its keys. An issuer ending in `*`
 * matches every issuer that starts with the rest, and a `*` in the JWKS URL or file name is replaced by what
 * it matched: one entry covers every user pool of moto's server (see the README's "Login tokens").
 */
export type TrustedIssuers = Record<string, KeySource>;

/** What the signature check says of one login token. */
export type TokenCheck =
  | { verdict: 'verified'; issuer: string }
  | { verdict: 'unchecked' }
  | { verdict: 'refused'; reason: string };

/** A key getter as jose's key sets are. */
export type KeyGetter = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/** Checks login tokens' signatures. */
export interface TokenVerifier {
  /** The check of a JWT sent under a Logins key. */
  check(provider: string, token: string): Promise<TokenCheck>;
}

/** What a verifier trusts. */
export interface VerifierOptions {
  trusted?: TrustedIssuers;
  /** Refuse a JWT whose issuer's keys are unknown (default: accept it on its claims). */
  verifyAll?: boolean;
  /** A key trusted for every issuer (the built-in test provider's), chosen by its `kid`. */
  anyIssuer?: { kid: string; keys: KeyGetter };
  /** Remote key sets wait this long before fetching again for an unknown `kid` (default 0: at once). */
  refetchAfterMs?: number;
}

/** A bad `--trust-issuer` / `trustIssuers` entry; the message names it. */
export class TrustedIssuerError extends Error {}

/** `https://` added to a provider name, a trailing `/` dropped: the form issuers are compared in. */
export function normalizeIssuer(text: string): string {
  const withScheme = /^[a-z][\w+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  return withScheme.endsWith('/') ? withScheme.slice(0, -1) : withScheme;
}

/** One command-line entry, `ISSUER[=JWKS]` (split at the first `=`; the issuer alone means its own JWKS). */
export function parseTrustedIssuer(entry: string): [string, KeySource] {
  const at = entry.indexOf('=');
  const issuer = at === -1 ? entry : entry.slice(0, at);
  const source = at === -1 ? '' : entry.slice(at + 1);
  if (issuer === '') throw new TrustedIssuerError(`--trust-issuer ${JSON.stringify(entry)}: give an issuer, as ISSUER or ISSUER=JWKS_URL_OR_FILE`);
  return [issuer, source === '' ? true : source];
}

const isUrl = (text: string) => /^https?:\/\//i.test(text);

interface Entry {
  pattern: string;
  source: KeySource;
}

/** The entries, checked: `*` only at an issuer's end, key sets with a `keys` array, files that exist. */
export async function checkTrustedIssuers(trusted: TrustedIssuers): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const [issuer, source] of Object.entries(trusted)) {
    const pattern = normalizeIssuer(issuer);
    const where = `trusted issuer ${JSON.stringify(issuer)}`;
    if (pattern.slice(0, -1).includes('*')) throw new TrustedIssuerError(`${where}: '*' may only end an issuer`);
    if (typeof source === 'object' && !Array.isArray((source as JSONWebKeySet | null)?.keys)) throw new TrustedIssuerError(`${where}: a key set needs a "keys" array`);
    if (typeof source === 'string' && !isUrl(source) && !source.includes('*')) {
      try {
        createLocalJWKSet(JSON.parse(await readFile(source, 'utf8')) as JSONWebKeySet);
      } catch (error) {
        throw new TrustedIssuerError(`${where}: ${source} is neither an http(s) URL nor a readable JWKS file (${(error as Error).message})`);
      }
    }
    if (source === true && !pattern.endsWith('*') && !isUrl(pattern)) throw new TrustedIssuerError(`${where}: its JWKS URL cannot be derived; give one`);
    entries.push({ pattern, source });
  }
  return entries;
}

/** The entry that covers an issuer, exact ones first, then the longest `*` prefix; with what `*` matched. */
export function matchIssuer<E extends { pattern: string }>(entries: readonly E[], issuer: string): { entry: E; rest: string } | undefined {
  const exact = entries.find((e) => e.pattern === issuer);
  if (exact) return { entry: exact, rest: '' };
  const wild = entries.filter((e) => e.pattern.endsWith('*') && issuer.startsWith(e.pattern.slice(0, -1)))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  return wild && { entry: wild, rest: issuer.slice(wild.pattern.length - 1) };
}

/** A JWKS file's key set: read when first used, and again when a token names a `kid` it does not hold. */
function fileKeySet(path: string): KeyGetter {
  let local: { mtime: number; keys: KeyGetter } | undefined;
  const load = async () => {
    const mtime = (await stat(path)).mtimeMs;
    if (!local || local.mtime !== mtime) local = { mtime, keys: createLocalJWKSet(JSON.parse(await readFile(path, 'utf8')) as JSONWebKeySet) };
    return local.keys;
  };
  return async (header, token) => {
    try {
      return await (local?.keys ?? await load())(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) throw error;
      return (await load())(header, token);
    }
  };
}

/** A verifier over trusted issuers; key sets are made when first needed and kept. */
export async function createTokenVerifier(options: VerifierOptions = {}): Promise<TokenVerifier> {
  const entries = await checkTrustedIssuers(options.trusted ?? {});
  const keySets = new Map<string, KeyGetter>();
  const keySet = (entry: Entry, issuer: string, rest: string): KeyGetter => {
    const where = entry.source === true ? `${issuer}/.well-known/jwks.json` : typeof entry.source === 'string' ? entry.source.replaceAll('*', rest) : undefined;
    const cacheKey = where ?? `inline:${entry.pattern}`;
    let keys = keySets.get(cacheKey);
    if (!keys) {
      keys = where === undefined ? createLocalJWKSet(entry.source as JSONWebKeySet)
        : isUrl(where) ? createRemoteJWKSet(new URL(where), { cooldownDuration: options.refetchAfterMs ?? 0 })
        : fileKeySet(where);
      keySets.set(cacheKey, keys);
    }
    return keys;
  };
  return {
    async check(provider, token) {
      let header: JWSHeaderParameters;
      let iss: unknown;
      try {
        header = decodeProtectedHeader(token);
        iss = decodeJwt(token).iss;
      } catch {
        return { verdict: 'unchecked' }; // not a JWT: logins.ts says what that means for the provider
      }
      if (typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return { verdict: 'refused', reason: 'the token is not signed (alg none)' };
      const trust = options.anyIssuer && header.kid === options.anyIssuer.kid
        ? { keys: options.anyIssuer.keys, issuer: 'the built-in test provider' }
        : trustFor(entries, provider, iss, keySet);
      if (!trust) {
        return options.verifyAll
          ? { verdict: 'refused', reason: `no keys are known for issuer ${String(iss ?? normalizeIssuer(provider))} (trust it with --trust-issuer, or mint tokens at /_emulator/idp/token)` }
          : { verdict: 'unchecked' };
      }
      try {
        await compactVerify(token, trust.keys);
        return { verdict: 'verified', issuer: trust.issuer };
      } catch (error) {
        return { verdict: 'refused', reason: `the signature does not verify with the keys of ${trust.issuer}: ${(error as Error).message}` };
      }
    },
  };
}

/** The keys to check a token with: those of the Logins key as an issuer, else of the token's `iss`. */
function trustFor(entries: Entry[], provider: string, iss: unknown, keySet: (entry: Entry, issuer: string, rest: string) => KeyGetter): { keys: KeyGetter; issuer: string } | undefined {
  for (const issuer of [normalizeIssuer(provider), ...(typeof iss === 'string' ? [normalizeIssuer(iss)] : [])]) {
    const found = matchIssuer(entries, issuer);
    if (found) return { keys: keySet(found.entry, issuer, found.rest), issuer };
  }
  return undefined;
}

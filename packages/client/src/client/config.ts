/** The client's configuration: checked whole before the first request, with errors that say what to fix. */
import { endpoints, fipsEndpoints, regionStems, regionalEndpoint } from '../../generated/service-metadata.ts';
import { type CredentialSource, assertCredentials } from './credentials.ts';
import { CognitoIdentityConfigError } from './errors.ts';
import { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from './retry.ts';

/** What `createCognitoIdentityClient` takes. */
export interface ClientConfig {
  /** The AWS Region, such as `us-east-1`; picks the endpoint and signs requests. */
  region?: string;
  /** A full URL that replaces the regional endpoint, such as a local emulator's `http://127.0.0.1:4630`. */
  endpoint?: string;
  /** Use the FIPS endpoint of the region (where one exists). */
  useFips?: boolean;
  /** Developer credentials for the 19 signed operations; the 4 public ones never use them. */
  credentials?: CredentialSource;
  /** The fetch to send requests with (default: the global fetch); called as `fetch(url, init)`. */
  fetch?: WireFetch;
  /** Retry policy for throttling, 5xx and network failures. */
  retry?: RetryOptions;
}

/** The part of `fetch` the client uses: a URL string and an init with method, headers, body and signal. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** What the client sends: `fetch(url, init)` with plain headers and a string body. */
export interface WireRequestInit {
  method: string;
  headers: Record<string, string>;
  body: string;
  signal?: AbortSignal;
}

/** The part of a response the client reads: a `Response` has it, and so does the Node entry's lighter answer. */
export interface WireResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The transport the client calls: any `fetch` fits, or a lighter function that answers a WireResponse. */
export type WireFetch = (url: string, init: WireRequestInit) => Promise<WireResponse>;

/** The configuration with every choice made. */
export interface ResolvedConfig {
  endpoint: string;
  region: string | undefined;
  credentials: CredentialSource | undefined;
  fetch: WireFetch;
  retry: RetryPolicy;
}

const fail = (message: string): never => {
  throw new CognitoIdentityConfigError(`createCognitoIdentityClient: ${message}`);
};

/** The regional endpoint URL of a region, from the document's servers; undefined when there is none. */
export function endpointForRegion(region: string, fips = false): string | undefined {
  const entry = endpoints.find((e) => e.fips === fips && (e.regions as readonly string[]).includes(region));
  return entry?.url.replace('{region}', region);
}

/**
 * The standard endpoint of a region by its first label alone (the compact rule generated from the document's
 * servers): what the small credential provider uses; unlike endpointForRegion it does not check the region.
 */
export function regionalEndpointOf(region: string): string {
  const template = (regionalEndpoint.byPrefix as Record<string, string>)[region.split('-')[0] as string] ?? regionalEndpoint.default;
  return template.replace('{region}', region);
}

/**
 * The endpoint of a region by the compact rules (standard: a known region name and the template of its first
 * label; FIPS: the short FIPS table), so a client does not carry the full table; a test holds it to the table.
 */
function endpointByRule(region: string, fips: boolean): string | undefined {
  if (fips) return fipsEndpoints.find((e) => (e.regions as readonly string[]).includes(region))?.url.replace('{region}', region);
  return regionStems.includes(region.replace(/-\d+$/, '')) ? regionalEndpointOf(region) : undefined;
}

function resolveEndpoint(config: ClientConfig): string {
  if (config.endpoint !== undefined) {
    let url: URL | undefined;
    try { url = new URL(config.endpoint); } catch { /* reported below */ }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) fail(`endpoint ${JSON.stringify(config.endpoint)} is not an http(s) URL`);
    return (url as URL).origin + (url as URL).pathname.replace(/\/+$/, '');
  }
  if (config.region === undefined) return fail('give a region (such as "us-east-1") or an endpoint URL');
  const endpoint = endpointByRule(config.region, config.useFips === true);
  return endpoint ?? fail(`Cognito Identity has no ${config.useFips ? 'FIPS ' : ''}endpoint in region ${JSON.stringify(config.region)}; check the name or pass an endpoint`);
}

function resolveRetry(retry: RetryOptions | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...retry };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) fail('retry.maxAttempts must be an integer of at least 1');
  if (!(policy.baseDelayMs >= 0) || !(policy.maxDelayMs >= 0)) fail('retry delays must be non-negative numbers');
  return policy;
}

/** Checks and completes a configuration; throws CognitoIdentityConfigError naming the mistake. */
export function resolveConfig(config: ClientConfig): ResolvedConfig {
  if (!config || typeof config !== 'object') fail('pass a configuration object');
  if (config.region !== undefined && (typeof config.region !== 'string' || !/^[a-z]{2,}(-[a-z]+)+-\d+$/.test(config.region))) {
    fail(`region ${JSON.stringify(config.region)} is not an AWS Region name such as "us-east-1"`);
  }
  if (config.credentials !== undefined && typeof config.credentials !== 'function') {
    assertCredentials(config.credentials, 'createCognitoIdentityClient');
  }
  if (config.fetch !== undefined && typeof config.fetch !== 'function') fail('fetch must be a function');
  if (config.fetch === undefined && typeof globalThis.fetch !== 'function') fail('no global fetch here; pass one');
  // Looked up at call time, so a page that wraps fetch later is honoured.
  const fetchImpl = config.fetch ?? ((url: string, init: WireRequestInit) => globalThis.fetch(url, init));
  return {
    endpoint: resolveEndpoint(config),
    region: config.region,
    credentials: config.credentials,
    fetch: fetchImpl as WireFetch,
    retry: resolveRetry(config.retry),
  };
}

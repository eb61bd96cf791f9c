/**
 * The Authorization header the AWS SDK's own signer (@smithy/signature-v4) computes for a request as it was
 * sent, at a given time: the reference both of this project's signers are held to.
 */
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { SIGNING_NAME } from '../../packages/client/src/protocol.ts';

/** A request as a recorder saw it: lower-case header names, string body. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}

/** Headers the signer itself adds: everything else that was sent was signed (Content-Length included, if sent). */
const ADDED_BY_SIGNER = ['authorization', 'x-amz-date', 'x-amz-security-token'];

/** @smithy/signature-v4's Authorization for `sent`, in `region`, at `now`. */
export async function referenceAuthorization(
  sent: SentRequest, region: string, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, now: Date,
): Promise<string> {
  const url = new URL(sent.url);
  const signer = new SignatureV4({
    service: SIGNING_NAME, region, sha256: Hash.bind(null, 'sha256') as never,
    applyChecksum: false, // JSON services do not send x-amz-content-sha256
    credentials,
  });
  const headers = Object.fromEntries(Object.entries(sent.headers)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && !ADDED_BY_SIGNER.includes(entry[0])));
  const signed = await signer.sign({
    method: sent.method, protocol: url.protocol, hostname: url.hostname, ...(url.port ? { port: Number(url.port) } : {}), path: url.pathname,
    query: Object.fromEntries(url.searchParams), headers: { ...headers, host: url.host }, body: sent.body,
  }, { signingDate: now });
  return signed.headers.authorization as string;
}

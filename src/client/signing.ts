/** SigV4 signing of one request with aws4fetch's signer (Web Crypto; runs in browsers and Node). */
import { AwsV4Signer } from 'aws4fetch';
import { SIGNING_NAME } from '../protocol.ts';
import type { Credentials } from './credentials.ts';

/** A request as the transport holds it: replayable for retries. */
export interface RequestParts {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

/** The headers of `parts` plus `Authorization`, `X-Amz-Date` and `X-Amz-Security-Token` when there is a session. */
export async function signRequest(parts: RequestParts, credentials: Credentials, region: string, datetime?: string): Promise<Headers> {
  const signer = new AwsV4Signer({
    url: parts.url,
    method: parts.method,
    headers: parts.headers,
    body: parts.body,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
    service: SIGNING_NAME,
    region,
    // Sign Content-Type too, as the AWS SDKs do; aws4fetch leaves it out by default.
    allHeaders: true,
    ...(datetime ? { datetime } : {}),
  });
  return (await signer.sign()).headers;
}

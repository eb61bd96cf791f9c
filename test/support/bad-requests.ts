/** The bad-request table: broken requests and the AWS error each gets, whatever backend is behind the front. */

import { connect } from 'node:net';

export const MT = 'application/x-amz-json-1.1';
export const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** One broken request and the answer it must get. */
export interface Case {
  what: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  type: string;
  message: RegExp;
}

/** The JSON 1.1 headers of a call to an operation. */
export const target = (op: string) => ({ 'Content-Type': MT, 'X-Amz-Target': `AWSCognitoIdentityService.${op}` });

/** Cases sent to a server whose body limit is 64 KiB. */
export const cases: Case[] = [
  { what: 'no target', headers: { 'Content-Type': MT }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Missing X-Amz-Target/ },
  { what: 'an unknown target', headers: target('GetIdentity'), body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation "AWSCognitoIdentityService.GetIdentity"/ },
  { what: 'another service\'s target', headers: { 'Content-Type': MT, 'X-Amz-Target': 'AWSCognitoIdentityProviderService.SignUp' }, body: '{}', status: 400, type: 'UnknownOperationException', message: /Unknown operation/ },
  { what: 'a wrong content type', headers: { ...target('GetId'), 'Content-Type': 'application/json' }, body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'UnknownOperationException', message: /Content-Type must be application\/x-amz-json-1.1; got 'application\/json'/ },
  { what: 'a GET', method: 'GET', headers: target('GetId'), status: 400, type: 'UnknownOperationException', message: /Requests must be POST \/; got GET \// },
  { what: 'invalid JSON', headers: target('GetId'), body: '{"IdentityPoolId":', status: 400, type: 'SerializationException', message: /not valid JSON/ },
  { what: 'an array body', headers: target('GetId'), body: '[]', status: 400, type: 'SerializationException', message: /must be a JSON object; got an array/ },
  { what: 'a wrong member type', headers: target('ListIdentityPools'), body: '{"MaxResults":"ten"}', status: 400, type: 'MissingAuthenticationTokenException', message: /Missing Authentication Token/ },
  { what: 'a missing required member', headers: target('GetId'), body: '{}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: Member must not be null$/ },
  { what: 'a pattern violation', headers: target('GetId'), body: '{"IdentityPoolId":"pool-1"}', status: 400, type: 'ValidationException', message: /Value 'pool-1' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern/ },
  { what: 'an over-long string', headers: target('GetId'), body: `{"IdentityPoolId":"us-east-1:${'a'.repeat(60)}"}`, status: 400, type: 'ValidationException', message: /Member must have length less than or equal to 55/ },
  { what: 'an over-large body', headers: target('GetId'), body: `{"IdentityPoolId":"${pool}","Logins":{"a":"${'x'.repeat(70 * 1024)}"}}`, status: 400, type: 'SerializationException', message: /larger than 65536 bytes/ },
  { what: 'a signed operation without Authorization', headers: target('DescribeIdentityPool'), body: `{"IdentityPoolId":"${pool}"}`, status: 400, type: 'MissingAuthenticationTokenException', message: /^Missing Authentication Token$/ },
  { what: 'a pool name with a character its pattern lacks', headers: { ...target('CreateIdentityPool'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"IdentityPoolName":"bad/name","AllowUnauthenticatedIdentities":false}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value 'bad\/name' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\\s\+=,\.@-\]\+$/ },
  { what: 'a developer provider name with a space and a bang', headers: { ...target('CreateIdentityPool'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"IdentityPoolName":"ok","AllowUnauthenticatedIdentities":false,"DeveloperProviderName":"bad provider!"}', status: 400, type: 'ValidationException', message: /^1 validation error detected: Value 'bad provider!' at 'developerProviderName' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w\._-\]\+$/ },
  { what: 'a pool id with a valid part after junk', headers: target('GetId'), body: '{"IdentityPoolId":"x!us-east-1:abc"}', status: 400, type: 'ValidationException', message: /Value 'x!us-east-1:abc' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: \[\\w-\]\+:\[0-9a-f-\]\+$/ },
  { what: 'a wrong member type, signed', headers: { ...target('ListIdentityPools'), Authorization: 'AWS4-HMAC-SHA256 dummy' }, body: '{"MaxResults":"ten"}', status: 400, type: 'SerializationException', message: /must be integer/ },
];

/** Sends a request that declares a 100 MB body but carries a few bytes, over a raw socket; resolves with the raw reply. */
export function sendDeclaredOversize(url: string): Promise<string> {
  const { port, hostname } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: ${MT}\r\nX-Amz-Target: AWSCognitoIdentityService.GetId\r\nContent-Length: 104857600\r\n\r\n{"Identity`);
    });
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString('utf8'); });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

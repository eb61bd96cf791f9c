/**
 * The worst case of request validation: the longest value a member with a pattern can carry, refused by the
 * mock. Side by side, in one run: the published document (patterns anchored) and a copy with botocore's
 * unanchored patterns (what the document published before), each with the time to answer and how long a small
 * valid GetId sent at the same moment waits. Both run today's validator, which tries a pattern only within its
 * length, so the unanchored column shows what anchoring alone changes (a value within its length that only
 * contains a match is accepted: "accepted!"); the quadratic cost the issue measured (4.9 s for 50,000
 * characters) came from trying an unanchored pattern on an over-long value, which that validator no longer
 * does. The body-limit column sends 1 MiB values. Goal: milliseconds, and no long wait for the other caller.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MEDIA_TYPE, targetOf, unanchorPattern } from '../packages/client/src/protocol.ts';
import { startMockServer, type MockServer } from '../packages/server/src/mock/server.ts';
import { printTable } from './measure.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const SIGNED = { Authorization: 'AWS4-HMAC-SHA256 dummy' };

/** One member per kind of pattern, filled with `value`: a body for its operation. */
const CASES: Array<[label: string, operation: string, body: (value: string) => Obj]> = [
  ['IdentityPoolId', 'DescribeIdentityPool', (v) => ({ IdentityPoolId: `${v}:0` })],
  ['IdentityPoolName', 'CreateIdentityPool', (v) => ({ IdentityPoolName: `${v}/`, AllowUnauthenticatedIdentities: false })],
  ['DeveloperProviderName', 'CreateIdentityPool', (v) => ({ IdentityPoolName: 'p', AllowUnauthenticatedIdentities: false, DeveloperProviderName: `${v}!` })],
  ['NextToken', 'ListIdentityPools', (v) => ({ MaxResults: 10, NextToken: `${v} x` })],
  ['ClaimName', 'SetIdentityPoolRoles', (v) => ({ IdentityPoolId: POOL, Roles: {}, RoleMappings: { 'graph.facebook.com': { Type: 'Rules', RulesConfiguration: { Rules: [{ Claim: `${v} `, MatchType: 'Equals', Value: 'v', RoleARN: 'arn:aws:iam::123456789012:role/r' }] } } } })],
  ['RoleType (map key)', 'SetIdentityPoolRoles', (v) => ({ IdentityPoolId: POOL, Roles: { [`${v}x`]: 'arn:aws:iam::123456789012:role/r' } })],
];

async function call(url: string, operation: string, body: string): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(`${url}/`, { method: 'POST', headers: { 'Content-Type': MEDIA_TYPE, 'X-Amz-Target': targetOf(operation), ...SIGNED }, body });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

/** Refusal time of a huge value and the wait of a small call sent alongside it (worst of 3). */
async function measure(mock: MockServer, operation: string, body: string): Promise<{ refuse: number; other: number; accepted: boolean }> {
  let refuse = 0;
  let other = 0;
  let accepted = false;
  for (let i = 0; i < 3; i += 1) {
    const [big, small] = await Promise.all([call(mock.url, operation, body), call(mock.url, 'GetId', JSON.stringify({ IdentityPoolId: POOL }))]);
    if (small.status !== 200) throw new Error(`the small GetId got ${small.status}`);
    accepted ||= big.status === 200;
    refuse = Math.max(refuse, big.ms);
    other = Math.max(other, small.ms);
  }
  return { refuse, other, accepted };
}

const cell = (m: { refuse: number; other: number; accepted: boolean }) => `${m.refuse.toFixed(1)} / ${m.other.toFixed(1)}${m.accepted ? ' (accepted!)' : ''}`;

/** The document with every pattern as botocore writes it: unanchored. */
function unanchoredCopy(document: Obj): Obj {
  return JSON.parse(JSON.stringify(document), (key, value: unknown) => (key === 'pattern' && typeof value === 'string' ? unanchorPattern(value) : value));
}

/** Prints the table. */
export async function benchHugeValues(root: string): Promise<void> {
  const document = JSON.parse(readFileSync(join(root, 'packages/document/openapi.json'), 'utf8')) as Obj;
  const [anchored, unanchored] = await Promise.all([startMockServer({ port: 0, document }), startMockServer({ port: 0, document: unanchoredCopy(document) })]);
  const rows = [['member', 'published, 1 MiB: answer / other call ms', 'published, 50 000 chars', 'unanchored patterns, 50 000 chars']];
  let worst = 0;
  try {
    for (const [label, operation, body] of CASES) {
      const full = JSON.stringify(body('a'.repeat(1024 * 1024 - 700)));
      const fifty = JSON.stringify(body('a'.repeat(50_000)));
      const a = await measure(anchored, operation, full);
      const b = await measure(anchored, operation, fifty);
      const c = await measure(unanchored, operation, fifty);
      if (a.accepted || b.accepted) throw new Error(`${label}: the published document accepted a value it must refuse`);
      worst = Math.max(worst, a.refuse, a.other);
      rows.push([label, cell(a), cell(b), cell(c)]);
    }
  } finally {
    await Promise.all([anchored.close(), unanchored.close()]);
  }
  printTable('Huge values in patterned members (worst of 3; "other" = a small GetId sent at the same moment)', rows);
  console.log(`  worst case with the published document: ${worst.toFixed(1)} ms`);
}

/** The caller of a call: account and region from the SigV4 credential scope. */
import { describe, expect, it } from 'vitest';
import { callerOf, credentialScope } from '../../src/emulator/context.ts';

const scope = (key: string, region: string) => `AWS4-HMAC-SHA256 Credential=${key}/20261123/${region}/cognito-identity/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`;

describe('callerOf', () => {
  it.each([
    { what: 'an ordinary key: the default account', auth: scope('AKIAIOSFODNN7EXAMPLE', 'eu-west-1'), want: { account: '123456789012', region: 'eu-west-1' } },
    { what: 'a 12-digit key: that account', auth: scope('210987654321', 'ap-south-1'), want: { account: '210987654321', region: 'ap-south-1' } },
    { what: 'an 11-digit key: the default account', auth: scope('21098765432', 'us-east-1'), want: { account: '123456789012', region: 'us-east-1' } },
    { what: 'no readable scope: the defaults', auth: 'AWS4-HMAC-SHA256 dummy', want: { account: '123456789012', region: 'us-east-1' } },
    { what: 'no Authorization (a public call): no region', auth: undefined, want: { account: '123456789012', region: undefined } },
  ])('$what', ({ auth, want }) => {
    expect(callerOf(auth, '123456789012')).toEqual(want);
  });

  it('reads the access key id and region of a credential scope', () => {
    expect(credentialScope(scope('AKID', 'us-gov-west-1'))).toEqual({ accessKeyId: 'AKID', region: 'us-gov-west-1' });
    expect(credentialScope('Bearer x')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { REDACTED, outputSchemaOf, redactBySchema, secretsNotice, sensitiveOutputOf } from '../../src/mcp/redact.ts';
import { document } from '../../../../test/support/document.ts';

/** A small document: secrets inside a structure, a list and a map, with a ref chain. */
const small = {
  components: {
    schemas: {
      Out: { type: 'object', properties: { Creds: { $ref: '#/components/schemas/Creds' }, Tokens: { type: 'array', items: { $ref: '#/components/schemas/Secret' } }, ByName: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Alias' } }, Name: { type: 'string' } } },
      Creds: { type: 'object', properties: { Secret: { $ref: '#/components/schemas/Secret' }, Id: { type: 'string' } } },
      Alias: { $ref: '#/components/schemas/Secret' },
      Secret: { type: 'string', 'x-aws-sensitive': true },
    },
  },
};

describe('redactBySchema', () => {
  it('replaces every sensitive string, in structures, lists and maps, and nothing else', () => {
    const output = { Creds: { Secret: 's1', Id: 'id' }, Tokens: ['t1', 't2'], ByName: { a: 'm1' }, Name: 'n', Extra: 'e' };
    expect(redactBySchema(output, { $ref: '#/components/schemas/Out' }, small)).toEqual({
      Creds: { Secret: REDACTED, Id: 'id' }, Tokens: [REDACTED, REDACTED], ByName: { a: REDACTED }, Name: 'n', Extra: 'e',
    });
    expect(output.Creds.Secret).toBe('s1');
  });

  it('redacts GetCredentialsForIdentity\'s secret key and session token by the published document, and not the access key id', () => {
    const output = { IdentityId: 'us-east-1:x', Credentials: { AccessKeyId: 'ASIA', SecretKey: 'secret', SessionToken: 'token', Expiration: 1 } };
    const redacted = redactBySchema(output, outputSchemaOf(document, 'GetCredentialsForIdentity'), document) as typeof output;
    expect(redacted.Credentials).toEqual({ AccessKeyId: 'ASIA', SecretKey: REDACTED, SessionToken: REDACTED, Expiration: 1 });
  });

  it('redacts a bearer credential AWS leaves unmarked, under any ref that leads to it', () => {
    const withToken = { components: { schemas: { ...small.components.schemas, Out: { type: 'object', properties: { T: { $ref: '#/components/schemas/Tok' }, N: { type: 'string' } } }, Tok: { $ref: '#/components/schemas/SessionTokenString' }, SessionTokenString: { type: 'string' } } } };
    expect(redactBySchema({ T: 'bearer', N: 'n' }, { $ref: '#/components/schemas/Out' }, withToken)).toEqual({ T: REDACTED, N: 'n' });
  });

  it('redacts the OpenID token of GetOpenIdToken', () => {
    expect(redactBySchema({ IdentityId: 'i', Token: 'eyJ' }, outputSchemaOf(document, 'GetOpenIdToken'), document)).toEqual({ IdentityId: 'i', Token: REDACTED });
  });
});

describe('sensitiveOutputOf and secretsNotice', () => {
  it('lists the sensitive output of x-effect and the bearer credentials beside it', () => {
    expect(sensitiveOutputOf(document, 'GetCredentialsForIdentity')).toEqual(['Credentials.SecretKey', 'Credentials.SessionToken']);
    expect(sensitiveOutputOf(document, 'GetOpenIdToken')).toEqual(['Token']);
    expect(sensitiveOutputOf(document, 'DescribeIdentityPool')).toEqual([]);
  });

  it('says nothing for an output without secrets, and says how to reveal them otherwise', () => {
    expect(secretsNotice([], false)).toBe('');
    expect(secretsNotice(['Token'], false)).toContain('redacts `Token`');
    expect(secretsNotice(['Token'], false)).toContain('--reveal-secrets');
    expect(secretsNotice(['Token'], true)).toContain('come back in full');
  });
});

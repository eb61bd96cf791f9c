import { describe, expect, it } from 'vitest';
import { createValidator } from '../../src/schema-validator.ts';
import { memberPath, validationMessage } from '../../src/mock/validation-message.ts';
import { parsePrefer } from '../../src/mock/backend.ts';
import { document } from '../../../../test/support/document.ts';

const validate = createValidator(document);
const inputOf = (op: string) => ({ $ref: `#/components/schemas/${op}` });

describe('validationMessage', () => {
  it.each([
    [
      'a pattern',
      'DescribeIdentityPoolInput', { IdentityPoolId: 'x' },
      "1 validation error detected: Value 'x' at 'identityPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    ],
    [
      'a missing member',
      'ListIdentityPoolsInput', {},
      "1 validation error detected: Value null at 'maxResults' failed to satisfy constraint: Member must not be null",
    ],
    [
      'a length',
      'CreateIdentityPoolInput', { IdentityPoolName: 'a'.repeat(129), AllowUnauthenticatedIdentities: true },
      `1 validation error detected: Value '${'a'.repeat(129)}' at 'identityPoolName' failed to satisfy constraint: Member must have length less than or equal to 128`,
    ],
    [
      'an enum deep inside a map',
      'SetIdentityPoolRolesInput', { IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10', Roles: {}, RoleMappings: { 'accounts.google.com': { Type: 'Claims' } } },
      "1 validation error detected: Value 'Claims' at 'roleMappings.accounts.google.com.type' failed to satisfy constraint: Member must satisfy enum value set: [Token, Rules]",
    ],
    [
      'a range',
      'ListIdentityPoolsInput', { MaxResults: 61 },
      "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60",
    ],
    [
      'a list item',
      'DeleteIdentitiesInput', { IdentityIdsToDelete: ['us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10', 'bad'] },
      "1 validation error detected: Value 'bad' at 'identityIdsToDelete.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+",
    ],
  ])('reports %s in AWS\'s form', (_what, shape, input, message) => {
    expect(validationMessage(validate(inputOf(shape), input), input)).toBe(message);
  });

  it('counts several errors and joins them with "; "', () => {
    const input = { IdentityPoolName: '', AllowUnauthenticatedIdentities: true, DeveloperProviderName: '!!!' };
    const message = validationMessage(validate(inputOf('CreateIdentityPoolInput'), input), input);
    expect(message).toMatch(/^3 validation errors detected: Value '' at 'identityPoolName' failed .*; Value '' at 'identityPoolName' failed .*; Value '!!!' at 'developerProviderName' failed/);
  });

  it('names nested paths lowerCamel and keeps map keys', () => {
    const issue = { path: ['Logins', 'accounts.google.com'], keyword: 'minLength', params: { limit: 1 }, schema: 1, message: '' };
    expect(memberPath(issue, { Logins: { 'accounts.google.com': '' } })).toBe('logins.accounts.google.com');
  });
});

describe('parsePrefer', () => {
  it.each([
    ['code=404', { code: 404 }],
    ['example=guest', { example: 'guest' }],
    ['code=400, example=LimitExceededException', { code: 400, example: 'LimitExceededException' }],
    ['dynamic=true', { dynamic: true }],
    ['error=ResourceNotFoundException', { error: 'ResourceNotFoundException' }],
    ['error="NotAuthorizedException", dynamic=false', { error: 'NotAuthorizedException', dynamic: false }],
    ['error=Not/AType', {}],
    ['code=abc, foo=bar', {}],
    [undefined, {}],
  ])('%s', (header, want) => {
    expect(parsePrefer(header)).toEqual(want);
  });
});

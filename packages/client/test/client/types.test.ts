/**
 * Type-level tests: `npm test` type-checks this file first (`npm run typecheck`), so each `@ts-expect-error`
 * below fails the run if the mistake under it ever compiles.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { createCognitoIdentityClient, paginate, type ErrorTypeOf, type Input, type Output } from '../../src/index.ts';

const client = createCognitoIdentityClient({ endpoint: 'http://127.0.0.1:4010' });
const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** Never called: it only has to compile, or fail to where marked. */
export function mistakes(): void {
  // @ts-expect-error a required member is missing
  void client.getId({});
  // @ts-expect-error a member of the wrong type
  void client.getId({ IdentityPoolId: 42 });
  // @ts-expect-error a member that does not exist
  void client.getId({ IdentityPoolId: pool, PoolName: 'x' });
  // @ts-expect-error MaxResults is required for ListIdentityPools
  void client.listIdentityPools({});
  // @ts-expect-error an enum value the model does not allow
  void client.setIdentityPoolRoles({ IdentityPoolId: pool, Roles: {}, RoleMappings: { p: { Type: 'Claims' } } });
  // @ts-expect-error no such operation
  void client.getIdentity({ IdentityId: pool });
  // @ts-expect-error DescribeIdentityPool is not paginated
  void paginate(client, 'DescribeIdentityPool', { IdentityPoolId: pool });
}

describe('types come from the generated OpenAPI types', () => {
  it('types inputs, outputs and error names per operation', () => {
    expectTypeOf<Input<'GetId'>>().toHaveProperty('IdentityPoolId').toEqualTypeOf<string>();
    expectTypeOf<Output<'GetCredentialsForIdentity'>>().toHaveProperty('Credentials');
    expectTypeOf<NonNullable<NonNullable<Output<'GetCredentialsForIdentity'>['Credentials']>['Expiration']>>().toEqualTypeOf<number>();
    expectTypeOf<ErrorTypeOf<'DeleteIdentities'>>().toEqualTypeOf<'InvalidParameterException' | 'TooManyRequestsException' | 'InternalErrorException'>();
    expectTypeOf(client.getId).returns.resolves.toEqualTypeOf<Output<'GetId'>>();
  });
});

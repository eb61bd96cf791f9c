/**
 * Type-level tests of the entries (`npm test` type-checks them first): each `@ts-expect-error` fails the run
 * if the mistake under it ever compiles. The provider is what the AWS SDK v3 takes as `credentials`.
 */
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { CognitoIdentityClientConfig } from '@aws-sdk/client-cognito-identity';
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type { paths } from '../../generated/openapi-types.ts';
import { fromCognitoIdentityPool, type CognitoIdentityCredentials } from '../../src/credentials/index.ts';
import { createCognitoIdentityContext, createSigningFetch, describeIdentityPool, getId, type Output } from '../../src/index.ts';
import * as node from '../../src/node/index.ts';

const pool = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';

/** Never called: it only has to compile, or fail to where marked. */
export function mistakes(): void {
  // @ts-expect-error identityPoolId is required
  fromCognitoIdentityPool({});
  // @ts-expect-error logins are provider -> token strings
  fromCognitoIdentityPool({ identityPoolId: pool, logins: { 'accounts.google.com': 42 } });
  const context = createCognitoIdentityContext({ region: 'us-east-1' });
  // @ts-expect-error a member GetId does not have
  void getId(context, { IdentityPoolId: pool, PoolName: 'x' });
  // @ts-expect-error the context comes first
  void getId({ IdentityPoolId: pool });
  // @ts-expect-error headers are strings
  void getId(context, { IdentityPoolId: pool }, { headers: { Prefer: 1 } });
}

describe('entry types', () => {
  it('the provider is an AWS SDK v3 credential provider, for S3 and any other client', () => {
    const provider = fromCognitoIdentityPool({ identityPoolId: pool, logins: async () => ({ 'accounts.google.com': 'jwt' }) });
    expectTypeOf(provider).toMatchTypeOf<NonNullable<S3ClientConfig['credentials']>>();
    expectTypeOf(provider).toMatchTypeOf<NonNullable<CognitoIdentityClientConfig['credentials']>>();
    expectTypeOf(provider).returns.resolves.toEqualTypeOf<CognitoIdentityCredentials>();
    expectTypeOf(provider.clear).returns.resolves.toBeVoid();
  });

  it('per-operation functions take a context and type input and output', () => {
    expectTypeOf(getId).parameter(1).toHaveProperty('IdentityPoolId');
    expectTypeOf(describeIdentityPool).returns.resolves.toEqualTypeOf<Output<'DescribeIdentityPool'>>();
    expectTypeOf(node.createCognitoIdentityContext).returns.toEqualTypeOf<ReturnType<typeof createCognitoIdentityContext>>();
  });

  it('the signing fetch is a fetch for openapi-fetch and the Node client has the same shape', () => {
    expectTypeOf(createSigningFetch({ region: 'us-east-1' })).toMatchTypeOf<NonNullable<Parameters<typeof createClient<paths>>[0]>['fetch']>();
    expectTypeOf(node.createSigningFetch).toEqualTypeOf<typeof createSigningFetch>();
    expectTypeOf(node.createCognitoIdentityClient({ region: 'us-east-1' }).getId).returns.resolves.toEqualTypeOf<Output<'GetId'>>();
  });
});

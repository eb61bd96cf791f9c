/**
 * The adapter: operation name -> handler, each typed by the generated input and output types. A handler is a
 * pure function of the context and the input; it does all its store work synchronously, and may return a
 * promise only for work after that (signing a token).
 */
import type { Input, OperationName, Output } from 'cognito-identity-openapi';
import type { Context } from './context.ts';
import { getCredentialsForIdentity, getOpenIdToken } from './credentials.ts';
import { getOpenIdTokenForDeveloperIdentity, lookupDeveloperIdentity, mergeDeveloperIdentities, unlinkDeveloperIdentity } from './developer.ts';
import { deleteIdentities, describeIdentity, getId, listIdentities, unlinkIdentity } from './identities.ts';
import { deleteIdentityPool } from './pool-deletion.ts';
import { createIdentityPool, describeIdentityPool, listIdentityPools, updateIdentityPool } from './pools.ts';
import { getPrincipalTagAttributeMap, setPrincipalTagAttributeMap } from './principal-tags.ts';
import { getIdentityPoolRoles, setIdentityPoolRoles } from './roles.ts';
import { listTagsForResource, tagResource, untagResource } from './tags.ts';

/** The handler of one operation. */
export type Handler<Op extends OperationName> = (ctx: Context, input: Input<Op>) => Output<Op> | Promise<Output<Op>>;

/** Every operation's handler. */
export const HANDLERS: { [Op in OperationName]: Handler<Op> } = {
  CreateIdentityPool: createIdentityPool,
  DeleteIdentities: deleteIdentities,
  DeleteIdentityPool: deleteIdentityPool,
  DescribeIdentity: describeIdentity,
  DescribeIdentityPool: describeIdentityPool,
  GetCredentialsForIdentity: getCredentialsForIdentity,
  GetId: getId,
  GetIdentityPoolRoles: getIdentityPoolRoles,
  GetOpenIdToken: getOpenIdToken,
  GetOpenIdTokenForDeveloperIdentity: getOpenIdTokenForDeveloperIdentity,
  GetPrincipalTagAttributeMap: getPrincipalTagAttributeMap,
  ListIdentities: listIdentities,
  ListIdentityPools: listIdentityPools,
  ListTagsForResource: listTagsForResource,
  LookupDeveloperIdentity: lookupDeveloperIdentity,
  MergeDeveloperIdentities: mergeDeveloperIdentities,
  SetIdentityPoolRoles: setIdentityPoolRoles,
  SetPrincipalTagAttributeMap: setPrincipalTagAttributeMap,
  TagResource: tagResource,
  UnlinkDeveloperIdentity: unlinkDeveloperIdentity,
  UnlinkIdentity: unlinkIdentity,
  UntagResource: untagResource,
  UpdateIdentityPool: updateIdentityPool,
};

/** Whether a name is one of the operations. */
export function isOperation(name: string): name is OperationName {
  return Object.hasOwn(HANDLERS, name);
}

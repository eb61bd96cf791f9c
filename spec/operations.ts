/**
 * The 23 operations of Cognito Identity 2014-06-30: input, output, errors and auth from the official AWS
 * model; tag, summary, description and pagination in the project's words. The generator adds a line saying
 * whether the call is signed (from `auth`), so descriptions do not repeat it.
 *
 * `effect` says what a call does to stored state, from AWS's API reference and the emulator's behaviour
 * reference, packages/server/BEHAVIOUR.md (GetId "generates (or retrieves)" and links logins;
 * GetOpenIdToken and GetOpenIdTokenForDeveloperIdentity link logins; the Unlink and Merge calls detach). A
 * `judgement` marks each point no source settles.
 */
import type { Operation } from './model.ts';

const signedErrors = [
  'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
  'TooManyRequestsException', 'InternalErrorException',
] as const;

export const operations: readonly Operation[] = [
  {
    name: 'CreateIdentityPool',
    tag: 'identity-pools',
    summary: 'Create an identity pool for app users',
    description: `Creates a new identity pool: the container of identities that decides which sign-in providers
it trusts (Google, Apple, Facebook, Amazon, a Cognito user pool, OIDC or SAML providers, your own backend) and
whether unauthenticated guests may get credentials. Use it to set up a pool once per app
environment, for signed-in users, for guest access (\`AllowUnauthenticatedIdentities\`) or both; then give
the new pool roles with SetIdentityPoolRoles, since a pool has none at first and cannot issue credentials yet.

Pitfalls:
- \`DeveloperProviderName\` cannot be changed or removed once set, so choose it with care.
- Names need not be unique; the returned \`IdentityPoolId\` is what identifies the pool.
- Each account has a quota of identity pools (LimitExceededException).`,
    input: 'CreateIdentityPoolInput',
    output: 'IdentityPool',
    errors: [
      'InvalidParameterException', 'NotAuthorizedException', 'ResourceConflictException',
      'TooManyRequestsException', 'InternalErrorException', 'LimitExceededException',
    ],
    auth: 'sigv4',
    effect: {
      state: 'creates', idempotent: false,
      why: 'Pool names need not be unique, so a repeated call makes a second pool.',
    },
  },
  {
    name: 'DeleteIdentities',
    tag: 'identities',
    summary: 'Delete up to 60 identities at once',
    description: `Deletes several identities at once, up to 60 per call, whatever pools they are in. Use it to
remove users who left or to clean up test data.

Pitfalls:
- A partial failure is not an error: check \`UnprocessedIdentityIds\` in the response.
- The next GetId for the same login creates a new identity with a new id.`,
    input: 'DeleteIdentitiesInput',
    output: 'DeleteIdentitiesResponse',
    errors: ['InvalidParameterException', 'TooManyRequestsException', 'InternalErrorException'],
    auth: 'sigv4',
    effect: { state: 'deletes', idempotent: true },
  },
  {
    name: 'DeleteIdentityPool',
    tag: 'identity-pools',
    summary: 'Delete an identity pool and its identities',
    description: `Deletes an identity pool together with every identity in it. Credentials already issued keep
working until they expire, but no new ones can be had.

Pitfalls:
- There is no undo, and identity ids are not reused if you create a pool with the same name.
- The call answers \`{}\` on success.`,
    input: 'DeleteIdentityPoolInput',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'deletes', idempotent: true },
  },
  {
    name: 'DescribeIdentity',
    tag: 'identities',
    summary: 'Get an identity\'s linked logins and dates',
    description: `Returns one identity: the providers linked to it and when it was created and last changed. Use
it to see how a user signed in, or to check that an identity still exists.

Pitfalls:
- \`Logins\` lists provider names only, never tokens.
- Dates are epoch seconds, not ISO strings.`,
    input: 'DescribeIdentityInput',
    output: 'IdentityDescription',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
  },
  {
    name: 'DescribeIdentityPool',
    tag: 'identity-pools',
    summary: 'Get an identity pool\'s configuration',
    description: `Returns the full configuration of an identity pool: name, guest access, classic flow, trusted
providers and tags. Use it before UpdateIdentityPool, which replaces the whole configuration.

Pitfalls:
- Roles are not included; read them with GetIdentityPoolRoles.
- A pool in another region is not found: the region in the pool id must match the endpoint.`,
    input: 'DescribeIdentityPoolInput',
    output: 'IdentityPool',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
  },
  {
    name: 'GetCredentialsForIdentity',
    tag: 'credentials-and-tokens',
    summary: 'Issue temporary AWS credentials to users or guests',
    description: `Exchanges an identity, and the provider tokens that prove who the user is, for temporary AWS
credentials (access key, secret key, session token, expiry): for a federated user signed in with a provider
such as Google, Facebook, Apple, a SAML or OIDC provider or a user pool, or for a guest who has not signed in
(a guest user: send no tokens). This is the last step of the enhanced and guest
flows; the pool's roles and role mappings decide which IAM role the credentials carry.

Pitfalls:
- Send the same \`Logins\` that were given to GetId; send none for a guest.
- For a developer-authenticated user, the login key is \`cognito-identity.amazonaws.com\` and the value is the
  token from GetOpenIdTokenForDeveloperIdentity.
- Credentials last about an hour; call again before \`Expiration\`.
- No usable role gives InvalidIdentityPoolConfigurationException.
- Keep the answer's \`IdentityId\`: a guest id sent with a first login is upgraded and keeps its id, but one
  sent with a login that already belongs to another identity is answered for that identity (a returning user).`,
    input: 'GetCredentialsForIdentityInput',
    output: 'GetCredentialsForIdentityResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InvalidIdentityPoolConfigurationException',
      'InternalErrorException', 'ExternalServiceException',
    ],
    auth: 'none',
    effect: {
      state: 'none', idempotent: true,
      judgement: `Each call mints new temporary credentials, but nothing is stored that a later call would see:
AWS documents that the logins are only validated here, while GetId and GetOpenIdToken link them.`,
    },
  },
  {
    name: 'GetId',
    tag: 'identities',
    summary: 'Get or create a user\'s identity id',
    description: `Looks up the Cognito identity id of the caller in an identity pool, creating the identity on first use,
for a signed-in user or an unauthenticated guest. It is the first
step of every end-user flow: pass the provider tokens in \`Logins\` for a signed-in user (a Google, Facebook or
Apple token, a user pool ID token, ...), or nothing for a guest.
The same user in the same pool always gets the same \`IdentityId\`.

Pitfalls:
- A guest call on a pool without \`AllowUnauthenticatedIdentities\` fails with NotAuthorizedException.
- Logins from two providers that belong to different identities give ResourceConflictException.
- Expired provider tokens give NotAuthorizedException; refresh them with the provider first.`,
    input: 'GetIdInput',
    output: 'GetIdResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'LimitExceededException', 'ExternalServiceException',
    ],
    auth: 'none',
    effect: {
      state: 'creates', idempotent: true,
      why: `Despite the verb, it creates the identity on first use and links the logins given together; the same
input then returns the same id.`,
    },
  },
  {
    name: 'GetIdentityPoolRoles',
    tag: 'roles-and-principal-tags',
    summary: 'Get an identity pool\'s IAM roles and mappings',
    description: `Returns the default authenticated and unauthenticated roles of an identity pool and any
per-provider role mappings. Use it to check what credentials users will get.

Pitfalls:
- Role mappings are keyed by the provider name exactly as the pool knows it; for a user pool that is
  \`cognito-idp.<region>.amazonaws.com/<user pool id>:<app client id>\`.`,
    input: 'GetIdentityPoolRolesInput',
    output: 'GetIdentityPoolRolesResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
    ],
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
  },
  {
    name: 'GetOpenIdToken',
    tag: 'credentials-and-tokens',
    summary: 'Get an OpenID token for an identity',
    description: `Returns an OpenID Connect token for an identity, for the classic flow: the app passes it to STS
\`AssumeRoleWithWebIdentity\` to get credentials for a role it chooses.

Pitfalls:
- A pool whose \`AllowClassicFlow\` is \`false\` refuses it with InvalidParameterException (never set: allowed).
- The token expires after ten minutes.
- Prefer the enhanced flow (GetCredentialsForIdentity) unless you need to choose the role yourself.`,
    input: 'GetOpenIdTokenInput',
    output: 'GetOpenIdTokenResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'ExternalServiceException',
    ],
    auth: 'none',
    effect: {
      state: 'creates', idempotent: true,
      why: 'Logins beyond the identity\'s own are linked to it (AWS documents the implicit link).',
      judgement: 'Idempotent: a repeat issues a fresh token but links nothing new.',
    },
  },
  {
    name: 'GetOpenIdTokenForDeveloperIdentity',
    tag: 'developer-identities',
    summary: 'Issue a token for a developer-authenticated user',
    description: `Registers a user of your own authentication backend (or finds the identity already registered)
and returns the identity id with an OpenID token for it. Call it from your backend after your own sign-in; the
app then exchanges the token with GetCredentialsForIdentity.

Pitfalls:
- \`Logins\` must contain the pool's \`DeveloperProviderName\` mapped to your user identifier.
- Passing \`IdentityId\` links the user to that identity; if the user is already linked elsewhere the call fails
  with DeveloperUserAlreadyRegisteredException.
- Never call it from a client app: it needs your developer credentials.`,
    input: 'GetOpenIdTokenForDeveloperIdentityInput',
    output: 'GetOpenIdTokenForDeveloperIdentityResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'DeveloperUserAlreadyRegisteredException',
    ],
    auth: 'sigv4',
    effect: {
      state: 'creates', idempotent: true,
      why: `Despite the verb, it registers the developer user on first use and links it to \`IdentityId\` when
one is given.`,
      judgement: 'Idempotent: a repeat finds the user registered and issues a fresh token.',
    },
  },
  {
    name: 'GetPrincipalTagAttributeMap',
    tag: 'roles-and-principal-tags',
    summary: 'Get which token claims become session tags',
    description: `Returns which claims in one provider's tokens are mapped to principal tags, the session tags on
the credentials the pool issues, for attribute-based access control in IAM policies. Use it to see the mapping
before changing it with SetPrincipalTagAttributeMap.

Pitfalls:
- The mapping is per provider: ask once for each provider name.`,
    input: 'GetPrincipalTagAttributeMapInput',
    output: 'GetPrincipalTagAttributeMapResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
  },
  {
    name: 'ListIdentities',
    tag: 'identities',
    summary: 'List the identities in an identity pool',
    description: `Lists the identities of a pool, a page at a time. Use it for audits, exports, or to find
identities to delete.

Pitfalls:
- \`MaxResults\` is required (1 to 60).
- Keep calling with the returned \`NextToken\` until it is absent.`,
    input: 'ListIdentitiesInput',
    output: 'ListIdentitiesResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
    pagination: { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'Identities' },
  },
  {
    name: 'ListIdentityPools',
    tag: 'identity-pools',
    summary: 'List identity pools in the account',
    description: `Lists the identity pools of the account in the endpoint's region, a page at a time, with their
ids and names.

Pitfalls:
- \`MaxResults\` is required (1 to 60).
- Only id and name come back; call DescribeIdentityPool for the configuration.
- Keep calling with the returned \`NextToken\` until it is absent.`,
    input: 'ListIdentityPoolsInput',
    output: 'ListIdentityPoolsResponse',
    errors: [
      'InvalidParameterException', 'NotAuthorizedException', 'TooManyRequestsException',
      'ResourceNotFoundException', 'InternalErrorException',
    ],
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
    pagination: { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'IdentityPools' },
  },
  {
    name: 'ListTagsForResource',
    tag: 'resource-tags',
    summary: 'List the tags on an identity pool',
    description: `Returns the tags on an identity pool, each tag a key and its value; the pool is addressed by
its ARN. Use it to see which tags are on a pool before you add or remove tags.

Pitfalls:
- Pass the ARN, \`arn:aws:cognito-identity:<region>:<account>:identitypool/<pool id>\`, not the pool id.`,
    input: 'ListTagsForResourceInput',
    output: 'ListTagsForResourceResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
  },
  {
    name: 'LookupDeveloperIdentity',
    tag: 'developer-identities',
    summary: 'Find identities of developer-authenticated users',
    description: `Finds the identity of a developer user identifier, or the developer user identifiers linked to an
identity. Use it to map between your own user ids and identity ids.

Pitfalls:
- Give \`IdentityId\`, \`DeveloperUserIdentifier\` or both; if both, they must belong together or the call fails
  with ResourceConflictException.
- Results are paginated with \`NextToken\`.`,
    input: 'LookupDeveloperIdentityInput',
    output: 'LookupDeveloperIdentityResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
    ],
    auth: 'sigv4',
    effect: { state: 'none', idempotent: true },
    pagination: {
      inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'DeveloperUserIdentifierList',
    },
  },
  {
    name: 'MergeDeveloperIdentities',
    tag: 'developer-identities',
    summary: 'Merge two developer users into one identity',
    description: `Moves a developer user (the source) onto the identity of another developer user (the
destination), so both sign in as one identity. Use it when two accounts in your backend turn out to be one
person.

Pitfalls:
- The source user's old identity stops being used; data keyed by it must be moved by you.
- Fails with ResourceConflictException when the merged identity would hold two users of one public provider or
  more than 20 logins.`,
    input: 'MergeDeveloperIdentitiesInput',
    output: 'MergeDeveloperIdentitiesResponse',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
    ],
    auth: 'sigv4',
    effect: {
      state: 'deletes', idempotent: true,
      why: 'It moves the source user off its own identity, detaching that link.',
      judgement: 'Idempotent: AWS does not say; a repeat finds the users already merged and changes nothing.',
    },
  },
  {
    name: 'SetIdentityPoolRoles',
    tag: 'roles-and-principal-tags',
    summary: 'Set the IAM roles an identity pool grants',
    description: `Assigns IAM roles to an identity pool: the default role for authenticated users, the default
role for unauthenticated guests and, optionally, per-provider role mappings (rules that choose a role from the
claims in a user's token, or take the role from the token itself). Without roles a pool cannot issue
credentials.

Pitfalls:
- It replaces the whole role configuration: include every role and mapping you want to keep.
- Each role's trust policy must allow \`cognito-identity.amazonaws.com\` to assume it for this pool, or
  GetCredentialsForIdentity fails later.
- Role mappings need \`AmbiguousRoleResolution\`.`,
    input: 'SetIdentityPoolRolesInput',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'ConcurrentModificationException',
    ],
    auth: 'sigv4',
    effect: {
      state: 'updates', idempotent: true,
      why: 'It replaces the whole role configuration; roles and mappings left out are gone.',
    },
  },
  {
    name: 'SetPrincipalTagAttributeMap',
    tag: 'roles-and-principal-tags',
    summary: 'Map token claims to session tags',
    description: `Sets which claims of one provider's tokens (an OIDC or SAML provider, or a user pool) map to
principal tags, the session tags on issued credentials, for attribute-based access control. Use
\`UseDefaults\` to map the provider's standard claims.

Pitfalls:
- The role's trust policy must allow \`sts:TagSession\`, or credential requests fail.
- It replaces the mapping for that provider.`,
    input: 'SetPrincipalTagAttributeMapInput',
    output: 'SetPrincipalTagAttributeMapResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: {
      state: 'updates', idempotent: true,
      why: 'It replaces the mapping for the provider.',
    },
  },
  {
    name: 'TagResource',
    tag: 'resource-tags',
    summary: 'Add tags to an identity pool',
    description: `Adds tags to an identity pool, or changes the value of existing keys. Tags help with cost
allocation and IAM conditions.

Pitfalls:
- At most 50 tags per pool.
- The pool is addressed by its ARN, not its id.`,
    input: 'TagResourceInput',
    output: 'TagResourceResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: {
      state: 'updates', idempotent: true,
      judgement: 'Counted as an update, not only an addition: a key that already has a value gets the new one.',
    },
  },
  {
    name: 'UnlinkDeveloperIdentity',
    tag: 'developer-identities',
    summary: 'Detach a developer user from an identity',
    description: `Removes the link between a developer user identifier and an identity. Use it when a user of your
backend should no longer sign in as that identity.

Pitfalls:
- An identity left with no logins becomes unreachable for authenticated sign-in.`,
    input: 'UnlinkDeveloperIdentityInput',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
    ],
    auth: 'sigv4',
    effect: { state: 'deletes', idempotent: true },
  },
  {
    name: 'UnlinkIdentity',
    tag: 'identities',
    summary: 'Unlink a sign-in provider from an identity',
    description: `Detaches one or more provider logins from an identity, for example when a user disconnects their
Facebook account. The caller proves ownership with a current, valid token in \`Logins\`.

Pitfalls:
- The developer provider cannot be unlinked this way; use UnlinkDeveloperIdentity.
- Removing the last login leaves an identity that cannot be signed into again.`,
    input: 'UnlinkIdentityInput',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'ExternalServiceException',
    ],
    auth: 'none',
    effect: { state: 'deletes', idempotent: true },
  },
  {
    name: 'UntagResource',
    tag: 'resource-tags',
    summary: 'Remove tags from an identity pool',
    description: `Removes tags from an identity pool by key.

Pitfalls:
- The pool is addressed by its ARN, not its id.`,
    input: 'UntagResourceInput',
    output: 'UntagResourceResponse',
    errors: signedErrors,
    auth: 'sigv4',
    effect: { state: 'deletes', idempotent: true },
  },
  {
    name: 'UpdateIdentityPool',
    tag: 'identity-pools',
    summary: 'Change an identity pool\'s configuration',
    description: `Replaces the configuration of an existing identity pool: its name, guest access, the basic
(classic) auth flow and its sign-in providers. Use it to rename a pool, enable or disable guest access or the
classic flow, or add or remove a provider such as a Cognito user pool. Read the pool with
DescribeIdentityPool, change what you need, and send the whole object back.

Pitfalls:
- Members you leave out return to their defaults: an omitted provider list removes those providers.
- \`DeveloperProviderName\` cannot be changed once set.
- Roles are set separately, with SetIdentityPoolRoles.`,
    input: 'IdentityPool',
    output: 'IdentityPool',
    errors: [
      'InvalidParameterException', 'ResourceNotFoundException', 'NotAuthorizedException',
      'ResourceConflictException', 'TooManyRequestsException', 'InternalErrorException',
      'ConcurrentModificationException', 'LimitExceededException',
    ],
    auth: 'sigv4',
    effect: {
      state: 'updates', idempotent: true,
      why: 'It replaces the whole configuration; members left out return to their defaults.',
    },
  },
];

/**
 * Every shape of Cognito Identity 2014-06-30: constraints from the official AWS model, prose in the
 * project's own words. The fidelity test compares these facts with `test/fixtures/aws-model.json`.
 */
import type { Shape } from './model.ts';

export const shapes = {
  ARNString: {
    type: 'string', min: 20, max: 2048,
    doc: 'An Amazon Resource Name, such as an IAM role ARN or an identity pool ARN.',
  },
  AccessKeyString: {
    type: 'string',
    doc: 'The access key id of a temporary credential set (STS style, starting with `ASIA`).',
  },
  AccountId: {
    type: 'string', min: 1, max: 15, pattern: '\\d+',
    doc: 'A 12-digit AWS account number.',
  },
  AmbiguousRoleResolutionType: {
    type: 'string', enum: ['AuthenticatedRole', 'Deny'],
    doc: 'What to do when a role mapping yields no role or more than one: use the pool\'s authenticated role, or refuse.',
  },
  ClaimName: {
    type: 'string', min: 1, max: 64, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+',
    doc: 'The name of a claim in the provider\'s token, such as `email` or `custom:department`.',
  },
  ClaimValue: {
    type: 'string', min: 1, max: 128,
    doc: 'The value a mapping rule compares a claim with.',
  },
  ClassicFlow: {
    type: 'boolean',
    doc: 'Whether the classic (basic) flow is allowed.',
  },
  CognitoIdentityProvider: {
    type: 'structure',
    doc: 'A Cognito user pool app client trusted by the identity pool.',
    members: {
      ProviderName: {
        shape: 'CognitoIdentityProviderName',
        doc: 'The user pool\'s provider name, `cognito-idp.<region>.amazonaws.com/<user pool id>`.',
      },
      ClientId: {
        shape: 'CognitoIdentityProviderClientId',
        doc: 'The id of the user pool app client whose tokens are accepted.',
      },
      ServerSideTokenCheck: {
        shape: 'CognitoIdentityProviderTokenCheck',
        doc: 'When true, the identity pool asks the user pool whether the user is still signed in before it issues credentials, so a global sign-out takes effect at once.',
      },
    },
  },
  CognitoIdentityProviderClientId: {
    type: 'string', min: 1, max: 128, pattern: '[\\w_]+',
    doc: 'A Cognito user pool app client id.',
  },
  CognitoIdentityProviderList: {
    type: 'list', member: 'CognitoIdentityProvider',
    doc: 'The user pool app clients an identity pool trusts.',
  },
  CognitoIdentityProviderName: {
    type: 'string', min: 1, max: 128, pattern: '[\\w._:/-]+',
    doc: 'A user pool provider name, `cognito-idp.<region>.amazonaws.com/<user pool id>`.',
  },
  CognitoIdentityProviderTokenCheck: {
    type: 'boolean',
    doc: 'Whether tokens from this user pool are checked with the user pool before credentials are issued.',
  },
  ConcurrentModificationException: {
    type: 'structure', error: true,
    doc: 'Another request changed the same identity pool at the same time.',
    members: {
      message: { shape: 'String', doc: 'What was changed concurrently.' },
    },
  },
  CreateIdentityPoolInput: {
    type: 'structure',
    doc: 'The configuration of a new identity pool.',
    members: {
      IdentityPoolName: {
        shape: 'IdentityPoolName', required: true,
        doc: 'A display name for the pool; it need not be unique.',
      },
      AllowUnauthenticatedIdentities: {
        shape: 'IdentityPoolUnauthenticated', required: true,
        doc: 'Whether guests (callers with no login) may get identities and credentials.',
      },
      AllowClassicFlow: {
        shape: 'ClassicFlow',
        doc: 'Whether the classic flow (GetOpenIdToken, then STS AssumeRoleWithWebIdentity) is allowed. Only `false` refuses it: a pool that never sets the member hands out tokens, and its answers leave the member out.',
      },
      SupportedLoginProviders: {
        shape: 'IdentityProviders',
        doc: 'Public providers the pool accepts, keyed by provider domain (`accounts.google.com`, `graph.facebook.com`, ...), each mapped to the app id registered with that provider.',
      },
      DeveloperProviderName: {
        shape: 'DeveloperProviderName',
        doc: 'The name of your own authentication backend, used as the login key for developer-authenticated identities. It cannot be changed once set.',
      },
      OpenIdConnectProviderARNs: {
        shape: 'OIDCProviderList',
        doc: 'IAM OpenID Connect provider ARNs whose tokens the pool accepts.',
      },
      CognitoIdentityProviders: {
        shape: 'CognitoIdentityProviderList',
        doc: 'Cognito user pool app clients whose tokens the pool accepts.',
      },
      SamlProviderARNs: {
        shape: 'SAMLProviderList',
        doc: 'IAM SAML provider ARNs whose assertions the pool accepts.',
      },
      IdentityPoolTags: {
        shape: 'IdentityPoolTagsType',
        doc: 'Tags to put on the new pool.',
      },
    },
  },
  Credentials: {
    type: 'structure',
    doc: 'Temporary AWS credentials for the role the identity assumed.',
    members: {
      AccessKeyId: { shape: 'AccessKeyString', doc: 'The temporary access key id.' },
      SecretKey: { shape: 'SecretKeyString', doc: 'The secret that signs requests made with these credentials.' },
      SessionToken: { shape: 'SessionTokenString', doc: 'The session token to send with every signed request.' },
      Expiration: { shape: 'DateType', doc: 'When the credentials stop working, in epoch seconds; usually one hour after issue.' },
    },
  },
  DateType: {
    type: 'timestamp',
    doc: 'A point in time, sent as the number of seconds since 1970-01-01T00:00:00Z (may carry a fraction).',
  },
  DeleteIdentitiesInput: {
    type: 'structure',
    doc: 'The identities to delete.',
    members: {
      IdentityIdsToDelete: { shape: 'IdentityIdList', required: true, doc: 'Between 1 and 60 identity ids.' },
    },
  },
  DeleteIdentitiesResponse: {
    type: 'structure',
    doc: 'The outcome of a batch delete.',
    members: {
      UnprocessedIdentityIds: {
        shape: 'UnprocessedIdentityIdList',
        doc: 'The identities that could not be deleted, each with the reason; empty when all were deleted.',
      },
    },
  },
  DeleteIdentityPoolInput: {
    type: 'structure',
    doc: 'The identity pool to delete.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to delete.' },
    },
  },
  DescribeIdentityInput: {
    type: 'structure',
    doc: 'The identity to describe.',
    members: {
      IdentityId: { shape: 'IdentityId', required: true, doc: 'The identity to describe.' },
    },
  },
  DescribeIdentityPoolInput: {
    type: 'structure',
    doc: 'The identity pool to describe.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to describe.' },
    },
  },
  DeveloperProviderName: {
    type: 'string', min: 1, max: 128, pattern: '[\\w._-]+',
    doc: 'The name of a developer authentication provider, such as `login.example.app`.',
  },
  DeveloperUserAlreadyRegisteredException: {
    type: 'structure', error: true,
    doc: 'The developer user identifier is already linked to a different identity.',
    members: {
      message: { shape: 'String', doc: 'Which user identifier is already linked.' },
    },
  },
  DeveloperUserIdentifier: {
    type: 'string', min: 1, max: 1024,
    doc: 'Your backend\'s own identifier for a user, such as a database key.',
  },
  DeveloperUserIdentifierList: {
    type: 'list', member: 'DeveloperUserIdentifier',
    doc: 'Developer user identifiers linked to one identity.',
  },
  ErrorCode: {
    type: 'string', enum: ['AccessDenied', 'InternalServerError'],
    doc: 'Why an identity could not be deleted.',
  },
  ExternalServiceException: {
    type: 'structure', error: true,
    doc: 'An identity provider the service called to check a token failed or did not answer.',
    members: {
      message: { shape: 'String', doc: 'Which provider failed, when known.' },
    },
  },
  GetCredentialsForIdentityInput: {
    type: 'structure',
    doc: 'The identity to get credentials for, with the logins that prove it.',
    members: {
      IdentityId: { shape: 'IdentityId', required: true, doc: 'The identity returned by GetId.' },
      Logins: {
        shape: 'LoginsMap',
        doc: 'Provider tokens for an authenticated identity (the same ones given to GetId); leave out for a guest.',
      },
      CustomRoleArn: {
        shape: 'ARNString',
        doc: 'The role to assume when the provider\'s token lists several (a Token role mapping with `cognito:roles`); it must be one of them.',
      },
    },
  },
  GetCredentialsForIdentityResponse: {
    type: 'structure',
    doc: 'Temporary credentials for the identity.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity the credentials belong to.' },
      Credentials: { shape: 'Credentials', doc: 'The temporary credentials.' },
    },
  },
  GetIdInput: {
    type: 'structure',
    doc: 'The pool to get or create an identity in, with the caller\'s logins.',
    members: {
      AccountId: { shape: 'AccountId', doc: 'The AWS account that owns the pool. Optional; the pool id already names it.' },
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to get the identity from.' },
      Logins: {
        shape: 'LoginsMap',
        doc: 'Provider name to token, for an authenticated user; leave out for a guest.',
      },
    },
  },
  GetIdResponse: {
    type: 'structure',
    doc: 'The identity of the caller.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The caller\'s identity; stable for the same user and pool.' },
    },
  },
  GetIdentityPoolRolesInput: {
    type: 'structure',
    doc: 'The pool whose roles to read.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool whose roles to read.' },
    },
  },
  GetIdentityPoolRolesResponse: {
    type: 'structure',
    doc: 'The roles and role mappings of an identity pool.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool the roles belong to.' },
      Roles: { shape: 'RolesMap', doc: 'The default roles, under `authenticated` and `unauthenticated`.' },
      RoleMappings: { shape: 'RoleMappingMap', doc: 'Per-provider rules that pick a role, keyed by provider name.' },
    },
  },
  GetOpenIdTokenForDeveloperIdentityInput: {
    type: 'structure',
    doc: 'A developer-authenticated user to register or look up, and the token to issue.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool the identity belongs to.' },
      IdentityId: {
        shape: 'IdentityId',
        doc: 'An existing identity to link the login to; leave out to find or create the identity from the login alone.',
      },
      Logins: {
        shape: 'LoginsMap',
        required: true,
        doc: 'Must include the pool\'s developer provider name mapped to your user identifier; may add other provider tokens to link.',
      },
      PrincipalTags: {
        shape: 'PrincipalTags',
        doc: 'Session tags to put on the credentials later issued for this token.',
      },
      TokenDuration: {
        shape: 'TokenDuration',
        doc: 'How long the token is valid, in seconds (1 to 86400; 900 when left out).',
      },
    },
  },
  GetOpenIdTokenForDeveloperIdentityResponse: {
    type: 'structure',
    doc: 'The identity and an OpenID token for it.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity the user maps to.' },
      Token: {
        shape: 'OIDCToken',
        doc: 'An OpenID Connect token; send it as `Logins["cognito-identity.amazonaws.com"]`.',
      },
    },
  },
  GetOpenIdTokenInput: {
    type: 'structure',
    doc: 'The identity to issue an OpenID token for.',
    members: {
      IdentityId: { shape: 'IdentityId', required: true, doc: 'The identity returned by GetId.' },
      Logins: {
        shape: 'LoginsMap',
        doc: 'Provider tokens for an authenticated identity; leave out for a guest.',
      },
    },
  },
  GetOpenIdTokenResponse: {
    type: 'structure',
    doc: 'An OpenID token for the identity.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity the token is for.' },
      Token: { shape: 'OIDCToken', doc: 'An OpenID Connect token, valid for ten minutes.' },
    },
  },
  GetPrincipalTagAttributeMapInput: {
    type: 'structure',
    doc: 'The pool and provider whose tag mapping to read.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to read from.' },
      IdentityProviderName: { shape: 'IdentityProviderName', required: true, doc: 'The provider whose mapping to read.' },
    },
  },
  GetPrincipalTagAttributeMapResponse: {
    type: 'structure',
    doc: 'How claims of one provider become session tags.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool the mapping belongs to.' },
      IdentityProviderName: { shape: 'IdentityProviderName', doc: 'The provider the mapping applies to.' },
      UseDefaults: { shape: 'UseDefaults', doc: 'Whether the default mapping for the provider is in use.' },
      PrincipalTags: { shape: 'PrincipalTags', doc: 'Tag key to claim name.' },
    },
  },
  HideDisabled: {
    type: 'boolean',
    doc: 'Whether to leave disabled identities out of a listing.',
  },
  IdentitiesList: {
    type: 'list', member: 'IdentityDescription',
    doc: 'A page of identities.',
  },
  IdentityDescription: {
    type: 'structure',
    doc: 'An identity with its linked logins and dates.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity.' },
      Logins: { shape: 'LoginsList', doc: 'The providers linked to the identity (names only, no tokens).' },
      CreationDate: { shape: 'DateType', doc: 'When the identity was created, in epoch seconds.' },
      LastModifiedDate: { shape: 'DateType', doc: 'When the identity last changed, in epoch seconds.' },
    },
  },
  IdentityId: {
    type: 'string', min: 1, max: 55, pattern: '[\\w-]+:[0-9a-f-]+',
    doc: 'An identity id, `<region>:<uuid>`, such as `us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1`.',
  },
  IdentityIdList: {
    type: 'list', min: 1, max: 60, member: 'IdentityId',
    doc: 'A batch of identity ids.',
  },
  IdentityPool: {
    type: 'structure',
    doc: 'The full configuration of an identity pool.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool\'s id.' },
      IdentityPoolName: { shape: 'IdentityPoolName', required: true, doc: 'The pool\'s display name.' },
      AllowUnauthenticatedIdentities: {
        shape: 'IdentityPoolUnauthenticated', required: true,
        doc: 'Whether guests (callers with no login) may get identities and credentials.',
      },
      AllowClassicFlow: { shape: 'ClassicFlow', doc: 'Whether the classic flow is allowed.' },
      SupportedLoginProviders: {
        shape: 'IdentityProviders',
        doc: 'Public providers the pool accepts, provider domain to app id.',
      },
      DeveloperProviderName: {
        shape: 'DeveloperProviderName',
        doc: 'The developer provider name, if one was set; it cannot change once set.',
      },
      OpenIdConnectProviderARNs: { shape: 'OIDCProviderList', doc: 'Trusted IAM OpenID Connect providers.' },
      CognitoIdentityProviders: { shape: 'CognitoIdentityProviderList', doc: 'Trusted Cognito user pool app clients.' },
      SamlProviderARNs: { shape: 'SAMLProviderList', doc: 'Trusted IAM SAML providers.' },
      IdentityPoolTags: { shape: 'IdentityPoolTagsType', doc: 'The pool\'s tags.' },
    },
  },
  IdentityPoolId: {
    type: 'string', min: 1, max: 55, pattern: '[\\w-]+:[0-9a-f-]+',
    doc: 'An identity pool id, `<region>:<uuid>`, such as `us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10`.',
  },
  IdentityPoolName: {
    type: 'string', min: 1, max: 128, pattern: '[\\w\\s+=,.@-]+',
    doc: 'A display name: letters, digits, spaces and `+=,.@-_`.',
  },
  IdentityPoolShortDescription: {
    type: 'structure',
    doc: 'An identity pool\'s id and name, as listed.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool\'s id.' },
      IdentityPoolName: { shape: 'IdentityPoolName', doc: 'The pool\'s display name.' },
    },
  },
  IdentityPoolTagsListType: {
    type: 'list', member: 'TagKeysType',
    doc: 'Tag keys.',
  },
  IdentityPoolTagsType: {
    type: 'map', key: 'TagKeysType', value: 'TagValueType',
    doc: 'Tags, key to value.',
  },
  IdentityPoolUnauthenticated: {
    type: 'boolean',
    doc: 'Whether guest access is allowed.',
  },
  IdentityPoolsList: {
    type: 'list', member: 'IdentityPoolShortDescription',
    doc: 'A page of identity pools.',
  },
  IdentityProviderId: {
    type: 'string', min: 1, max: 128, pattern: '[\\w.;_/-]+',
    doc: 'The app id registered with a public provider, such as a Google OAuth client id.',
  },
  IdentityProviderName: {
    type: 'string', min: 1, max: 128,
    doc: 'A provider name: a public provider domain, a user pool provider name, an OIDC issuer host, a SAML provider ARN, or a developer provider name.',
  },
  IdentityProviderToken: {
    type: 'string', min: 1, max: 50000, sensitive: true,
    doc: 'A token issued by the provider (an ID token, access token or SAML assertion), or a developer user identifier.',
  },
  IdentityProviders: {
    type: 'map', max: 10, key: 'IdentityProviderName', value: 'IdentityProviderId',
    doc: 'Public provider domain to the app id registered with it.',
  },
  InternalErrorException: {
    type: 'structure', error: true, fault: true,
    doc: 'The service failed; the request may be retried.',
    members: {
      message: { shape: 'String', doc: 'A short account of the failure.' },
    },
  },
  InvalidIdentityPoolConfigurationException: {
    type: 'structure', error: true,
    doc: 'The pool\'s roles do not let it issue credentials to this identity.',
    members: {
      message: { shape: 'String', doc: 'What is wrong with the configuration.' },
    },
  },
  InvalidParameterException: {
    type: 'structure', error: true,
    doc: 'A parameter is malformed, out of range, or not allowed in this pool\'s configuration.',
    members: {
      message: { shape: 'String', doc: 'Which parameter is wrong and why.' },
    },
  },
  LimitExceededException: {
    type: 'structure', error: true,
    doc: 'An account or pool limit would be exceeded.',
    members: {
      message: { shape: 'String', doc: 'Which limit was reached.' },
    },
  },
  ListIdentitiesInput: {
    type: 'structure',
    doc: 'Which pool to list and how much of it.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool whose identities to list.' },
      MaxResults: { shape: 'QueryLimit', required: true, doc: 'Largest page size, 1 to 60.' },
      NextToken: { shape: 'PaginationKey', doc: 'The token from the previous page; leave out for the first page.' },
      HideDisabled: { shape: 'HideDisabled', doc: 'Leave disabled identities out of the page.' },
    },
  },
  ListIdentitiesResponse: {
    type: 'structure',
    doc: 'A page of a pool\'s identities.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool listed.' },
      Identities: { shape: 'IdentitiesList', doc: 'The identities on this page.' },
      NextToken: { shape: 'PaginationKey', doc: 'Present while more pages remain; pass it back to get the next one.' },
    },
  },
  ListIdentityPoolsInput: {
    type: 'structure',
    doc: 'How much of the account\'s pools to list.',
    members: {
      MaxResults: { shape: 'QueryLimit', required: true, doc: 'Largest page size, 1 to 60.' },
      NextToken: { shape: 'PaginationKey', doc: 'The token from the previous page; leave out for the first page.' },
    },
  },
  ListIdentityPoolsResponse: {
    type: 'structure',
    doc: 'A page of the account\'s identity pools.',
    members: {
      IdentityPools: { shape: 'IdentityPoolsList', doc: 'The pools on this page, id and name only.' },
      NextToken: { shape: 'PaginationKey', doc: 'Present while more pages remain; pass it back to get the next one.' },
    },
  },
  ListTagsForResourceInput: {
    type: 'structure',
    doc: 'The pool whose tags to list.',
    members: {
      ResourceArn: { shape: 'ARNString', required: true, doc: 'The identity pool ARN.' },
    },
  },
  ListTagsForResourceResponse: {
    type: 'structure',
    doc: 'The tags of a pool.',
    members: {
      Tags: { shape: 'IdentityPoolTagsType', doc: 'The pool\'s tags.' },
    },
  },
  LoginsList: {
    type: 'list', member: 'IdentityProviderName',
    doc: 'Provider names.',
  },
  LoginsMap: {
    type: 'map', max: 10, key: 'IdentityProviderName', value: 'IdentityProviderToken',
    doc: 'Provider name to the token that proves the user signed in with it, such as `{"accounts.google.com": "<Google ID token>"}`.',
  },
  LookupDeveloperIdentityInput: {
    type: 'structure',
    doc: 'An identity or a developer user to look up; give at least one.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to look in.' },
      IdentityId: { shape: 'IdentityId', doc: 'The identity whose developer users to list.' },
      DeveloperUserIdentifier: { shape: 'DeveloperUserIdentifier', doc: 'The developer user whose identity to find.' },
      MaxResults: { shape: 'QueryLimit', doc: 'Largest page size, 1 to 60.' },
      NextToken: { shape: 'PaginationKey', doc: 'The token from the previous page; leave out for the first page.' },
    },
  },
  LookupDeveloperIdentityResponse: {
    type: 'structure',
    doc: 'An identity and a page of its developer user identifiers.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity found.' },
      DeveloperUserIdentifierList: {
        shape: 'DeveloperUserIdentifierList',
        doc: 'The developer user identifiers linked to the identity on this page.',
      },
      NextToken: { shape: 'PaginationKey', doc: 'Present while more pages remain; pass it back to get the next one.' },
    },
  },
  MappingRule: {
    type: 'structure',
    doc: 'One rule: if the claim matches, the user gets the role.',
    members: {
      Claim: { shape: 'ClaimName', required: true, doc: 'The token claim to test.' },
      MatchType: { shape: 'MappingRuleMatchType', required: true, doc: 'How the claim is compared with `Value`.' },
      Value: { shape: 'ClaimValue', required: true, doc: 'The value to compare with.' },
      RoleARN: { shape: 'ARNString', required: true, doc: 'The IAM role to assume when the rule matches.' },
    },
  },
  MappingRuleMatchType: {
    type: 'string', enum: ['Equals', 'Contains', 'StartsWith', 'NotEqual'],
    doc: 'How a claim is compared with a rule\'s value.',
  },
  MappingRulesList: {
    type: 'list', min: 1, max: 400, member: 'MappingRule',
    doc: 'Rules, tried in order; the first that matches decides the role.',
  },
  MergeDeveloperIdentitiesInput: {
    type: 'structure',
    doc: 'Two developer users to merge into one identity.',
    members: {
      SourceUserIdentifier: {
        shape: 'DeveloperUserIdentifier', required: true,
        doc: 'The developer user to move; its identity is merged away.',
      },
      DestinationUserIdentifier: {
        shape: 'DeveloperUserIdentifier', required: true,
        doc: 'The developer user whose identity survives.',
      },
      DeveloperProviderName: {
        shape: 'DeveloperProviderName', required: true,
        doc: 'The pool\'s developer provider name.',
      },
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool both users belong to.' },
    },
  },
  MergeDeveloperIdentitiesResponse: {
    type: 'structure',
    doc: 'The identity that now holds both users.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The surviving identity.' },
    },
  },
  NotAuthorizedException: {
    type: 'structure', error: true,
    doc: 'The caller may not do this: a bad or expired login token, a guest where guests are not allowed, or missing IAM permission.',
    members: {
      message: { shape: 'String', doc: 'Why the request was refused.' },
    },
  },
  OIDCProviderList: {
    type: 'list', member: 'ARNString',
    doc: 'IAM OpenID Connect provider ARNs.',
  },
  OIDCToken: {
    type: 'string', sensitive: true,
    doc: 'A signed OpenID Connect token (a JWT) issued by Cognito Identity.',
  },
  PaginationKey: {
    type: 'string', min: 1, max: 65535, pattern: '[\\S]+',
    doc: 'An opaque page token.',
  },
  PrincipalTagID: {
    type: 'string', min: 1, max: 128,
    doc: 'A session tag key.',
  },
  PrincipalTagValue: {
    type: 'string', min: 1, max: 256,
    doc: 'A session tag value, or the claim it comes from.',
  },
  PrincipalTags: {
    type: 'map', max: 50, key: 'PrincipalTagID', value: 'PrincipalTagValue',
    doc: 'Session tag key to value (or, in a tag attribute map, to the claim name).',
  },
  QueryLimit: {
    type: 'integer', min: 1, max: 60,
    doc: 'A page size.',
  },
  ResourceConflictException: {
    type: 'structure', error: true,
    doc: 'The request conflicts with the current state: a login linked elsewhere, or ids that do not belong together.',
    members: {
      message: { shape: 'String', doc: 'What conflicts.' },
    },
  },
  ResourceNotFoundException: {
    type: 'structure', error: true,
    doc: 'The identity pool or identity does not exist, or is in another account or region.',
    members: {
      message: { shape: 'String', doc: 'Which resource was not found.' },
    },
  },
  RoleMapping: {
    type: 'structure',
    doc: 'How the role of a provider\'s users is chosen.',
    members: {
      Type: {
        shape: 'RoleMappingType', required: true,
        doc: '`Token` takes the role from the token\'s `cognito:preferred_role` / `cognito:roles` claims; `Rules` applies `RulesConfiguration`.',
      },
      AmbiguousRoleResolution: {
        shape: 'AmbiguousRoleResolutionType',
        doc: 'What to do when no single role results. The AWS model leaves it optional, but AWS documents it as needed for both mapping types.',
      },
      RulesConfiguration: { shape: 'RulesConfigurationType', doc: 'The rules; required when `Type` is `Rules`.' },
    },
  },
  RoleMappingMap: {
    type: 'map', max: 10, key: 'IdentityProviderName', value: 'RoleMapping',
    doc: 'Provider name (such as `cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E:6hb6k2m5c8vs4q1rj3t2o9l7pd`) to role mapping.',
  },
  RoleMappingType: {
    type: 'string', enum: ['Token', 'Rules'],
    doc: 'Where the role comes from: the token\'s claims, or rules.',
  },
  RoleType: {
    type: 'string', min: 1, max: 128, pattern: '(un)?authenticated',
    doc: '`authenticated` or `unauthenticated`.',
  },
  RolesMap: {
    type: 'map', max: 2, key: 'RoleType', value: 'ARNString',
    doc: 'The default role ARNs, under `authenticated` and `unauthenticated`.',
  },
  RulesConfigurationType: {
    type: 'structure',
    doc: 'An ordered list of mapping rules.',
    members: {
      Rules: { shape: 'MappingRulesList', required: true, doc: 'The rules, tried in order.' },
    },
  },
  SAMLProviderList: {
    type: 'list', member: 'ARNString',
    doc: 'IAM SAML provider ARNs.',
  },
  SecretKeyString: {
    type: 'string', sensitive: true,
    doc: 'The secret access key of a temporary credential set.',
  },
  SessionTokenString: {
    type: 'string',
    doc: 'The session token of a temporary credential set.',
  },
  SetIdentityPoolRolesInput: {
    type: 'structure',
    doc: 'The roles and role mappings to give a pool.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to configure.' },
      Roles: {
        shape: 'RolesMap', required: true,
        doc: 'The default roles, under `authenticated` and `unauthenticated`; this replaces the current map.',
      },
      RoleMappings: {
        shape: 'RoleMappingMap',
        doc: 'Per-provider rules that pick a role; this replaces the current mappings.',
      },
    },
  },
  SetPrincipalTagAttributeMapInput: {
    type: 'structure',
    doc: 'How claims of one provider become session tags.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool to configure.' },
      IdentityProviderName: { shape: 'IdentityProviderName', required: true, doc: 'The provider the mapping applies to.' },
      UseDefaults: { shape: 'UseDefaults', doc: 'Use the default mapping for the provider instead of `PrincipalTags`.' },
      PrincipalTags: { shape: 'PrincipalTags', doc: 'Tag key to claim name.' },
    },
  },
  SetPrincipalTagAttributeMapResponse: {
    type: 'structure',
    doc: 'The tag mapping now in force.',
    members: {
      IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool configured.' },
      IdentityProviderName: { shape: 'IdentityProviderName', doc: 'The provider the mapping applies to.' },
      UseDefaults: { shape: 'UseDefaults', doc: 'Whether the default mapping is in use.' },
      PrincipalTags: { shape: 'PrincipalTags', doc: 'Tag key to claim name.' },
    },
  },
  String: {
    type: 'string',
    doc: 'Free text.',
  },
  TagKeysType: {
    type: 'string', min: 1, max: 128,
    doc: 'A tag key.',
  },
  TagResourceInput: {
    type: 'structure',
    doc: 'Tags to add to a pool.',
    members: {
      ResourceArn: { shape: 'ARNString', required: true, doc: 'The identity pool ARN.' },
      Tags: { shape: 'IdentityPoolTagsType', required: true, doc: 'Tags to add; an existing key gets the new value.' },
    },
  },
  TagResourceResponse: {
    type: 'structure',
    doc: 'Nothing: the tags were added.',
    members: {},
  },
  TagValueType: {
    type: 'string', min: 0, max: 256,
    doc: 'A tag value; may be empty.',
  },
  TokenDuration: {
    type: 'long', min: 1, max: 86400,
    doc: 'A token lifetime in seconds.',
  },
  TooManyRequestsException: {
    type: 'structure', error: true,
    doc: 'The request rate exceeds the account\'s quota; retry with backoff.',
    members: {
      message: { shape: 'String', doc: 'Which quota was exceeded.' },
    },
  },
  UnlinkDeveloperIdentityInput: {
    type: 'structure',
    doc: 'The developer user to detach from an identity.',
    members: {
      IdentityId: { shape: 'IdentityId', required: true, doc: 'The identity the user is linked to.' },
      IdentityPoolId: { shape: 'IdentityPoolId', required: true, doc: 'The pool of the identity.' },
      DeveloperProviderName: { shape: 'DeveloperProviderName', required: true, doc: 'The pool\'s developer provider name.' },
      DeveloperUserIdentifier: { shape: 'DeveloperUserIdentifier', required: true, doc: 'The developer user to detach.' },
    },
  },
  UnlinkIdentityInput: {
    type: 'structure',
    doc: 'Logins to detach from an identity, with proof of the caller\'s current login.',
    members: {
      IdentityId: { shape: 'IdentityId', required: true, doc: 'The identity to change.' },
      Logins: {
        shape: 'LoginsMap', required: true,
        doc: 'Current, valid provider tokens for the identity; they prove the caller owns it.',
      },
      LoginsToRemove: { shape: 'LoginsList', required: true, doc: 'The provider names to detach.' },
    },
  },
  UnprocessedIdentityId: {
    type: 'structure',
    doc: 'An identity that could not be deleted, and why.',
    members: {
      IdentityId: { shape: 'IdentityId', doc: 'The identity not deleted.' },
      ErrorCode: { shape: 'ErrorCode', doc: 'Why it was not deleted.' },
    },
  },
  UnprocessedIdentityIdList: {
    type: 'list', max: 60, member: 'UnprocessedIdentityId',
    doc: 'Identities that could not be deleted.',
  },
  UntagResourceInput: {
    type: 'structure',
    doc: 'Tag keys to remove from a pool.',
    members: {
      ResourceArn: { shape: 'ARNString', required: true, doc: 'The identity pool ARN.' },
      TagKeys: { shape: 'IdentityPoolTagsListType', required: true, doc: 'The keys of the tags to remove.' },
    },
  },
  UntagResourceResponse: {
    type: 'structure',
    doc: 'Nothing: the tags were removed.',
    members: {},
  },
  UseDefaults: {
    type: 'boolean',
    doc: 'Whether the provider\'s default claim-to-tag mapping is used.',
  },
} as const satisfies Record<string, Shape>;

/**
 * At least one realistic request and response per operation, as they travel on the wire (timestamps in
 * epoch seconds). The ids, ARNs and tokens have the real forms; the generator checks every example against
 * its schema and fails naming the operation and member that break it.
 */
import type { OperationExample } from './model.ts';

const region = 'us-east-1';
const account = '123456789012';
const poolId = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const poolArn = `arn:aws:cognito-identity:${region}:${account}:identitypool/${poolId}`;
const identityId = 'us-east-1:7c4a8d09-ca37-4a1e-9c2b-5bf5a2f3c6d1';
const otherIdentityId = 'us-east-1:3e9d5f7a-1b2c-4d8e-9f60-7a1b2c3d4e5f';
const authRole = `arn:aws:iam::${account}:role/Cognito_PhotoShareAuth_Role`;
const unauthRole = `arn:aws:iam::${account}:role/Cognito_PhotoShareUnauth_Role`;
const adminRole = `arn:aws:iam::${account}:role/PhotoShareAdmins`;
const userPool = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E';
const appClientId = '6hb6k2m5c8vs4q1rj3t2o9l7pd';
const googleClientId = '407408718192-8h2k3m4n5p6q7r8s.apps.googleusercontent.com';
const developerProvider = 'login.photoshare.app';

/** A Google ID token (RS256 JWT) as an app receives it from Google Sign-In. */
const googleIdToken =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImM4YWI3MTUzMDk3MmJiYTIwYjQ5Zjc4YTA5Yzk4NTJjNDNmZjkxMTgiLCJ0eXAiOiJKV1QifQ' +
  '.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJhenAiOiI0MDc0MDg3MTgxOTItOGgyazNtNG41cDZxN3I4cy5hcHBzLmdvb2dsZXVzZXJjb250ZW50LmNvbSIsImF1ZCI6IjQwNzQwODcxODE5Mi04aDJrM200bjVwNnE3cjhzLmFwcHMuZ29vZ2xldXNlcmNvbnRlbnQuY29tIiwic3ViIjoiMTEwMTY5NDg0NDc0Mzg2Mjc2MzM0IiwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSIsImVtYWlsX3ZlcmlmaWVkIjp0cnVlLCJpYXQiOjE3NjM4MDg3NDUsImV4cCI6MTc2MzgxMjM0NX0' +
  '.CC15EtbXmINMRQq-CxXdBjIsOzYkKzwVIj6fcSUkFqlWG-g1CPCYeEGeLSObR149vbpUvvPCsj4zXk2Q_2t2cLSyZoISHWtV_djKJpEC0cxNfIkAquh_coK8w7iWUXWAs_0wFQjmgn-HhxKSjphw0onG9r8fXh9f_Mhdz4Pzj6n2EpwslETPr9Cbyog5pHM-zBFo8oHI7jKmOvA9FspuS4PXBHW-usbLJxMGk2WHvNTRJYCie4NvIU45KKQmlsAefwk5-byHesQRyIcQxYbG3ihVpd107r6KaGNgbqRGlo_nERtQTusdp5Om8edVk113HtIyHL5Cjtz2zcRYyEdhmw';

/** A Cognito user pool ID token (RS256 JWT). */
const userPoolIdToken =
  'eyJraWQiOiJYcjNjVHowdzVuS3ExSnY4bVliSDJMZEU5c1BhRmdVaTdvV2tONGVSdDZNPSIsImFsZyI6IlJTMjU2In0' +
  '.eyJzdWIiOiI5NGM4YTRmOC0yMDYxLTcwZDMtN2IxZi0yZTVhOWMwZDFiNGYiLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLnVzLWVhc3QtMS5hbWF6b25hd3MuY29tL3VzLWVhc3QtMV9BYjEyQ2QzNEUiLCJjb2duaXRvOnVzZXJuYW1lIjoiYWxpY2UiLCJhdWQiOiI2aGI2azJtNWM4dnM0cTFyajN0Mm85bDdwZCIsInRva2VuX3VzZSI6ImlkIiwiYXV0aF90aW1lIjoxNzYzODA4NzQ1LCJleHAiOjE3NjM4MTIzNDUsImlhdCI6MTc2MzgwODc0NSwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSJ9' +
  '.cMgfL9ZH06_gL0cOa3_tA5hWUKsRFOv6iUluDotIMwbIwu-fvWXpQ28v5E323-FFH5SakGmY2AwLzTCpB4iNKq0b5aY15lgTYla0-2CRNTl7-PhYsnbii1FJJBW8Fz5b3J3ZTj94MuLhuZEasw-ZsQ7VuBNlSPgSJ-0LHgsaxTxFQp7vUNdjnn-oH68cH4-7U0MWa9PuWdKjU3awpla1ou-i-X0hY2pJQSWbIJIXBevL6MSQRBGrfQnL7ALfDDffCTNR0jnQQpQUnJrKGL77V6ySXWiDOR_cZtcDcGRHlymlRay2rOs1BCTIY71A7rqVqDoNnxgry_xSnD95qjfYhQ';

/** A Cognito Identity OpenID token (RS512 JWT) for a Google-authenticated identity; lives ten minutes. */
const cognitoOpenIdToken =
  'eyJraWQiOiJ1cy1lYXN0LTE0IiwidHlwIjoiSldTIiwiYWxnIjoiUlM1MTIifQ' +
  '.eyJzdWIiOiJ1cy1lYXN0LTE6N2M0YThkMDktY2EzNy00YTFlLTljMmItNWJmNWEyZjNjNmQxIiwiYXVkIjoidXMtZWFzdC0xOjBmNGI0YzJlLThkMWEtNGU1Ny05YTUzLTNjMWQyYjdlNmYxMCIsImFtciI6WyJhdXRoZW50aWNhdGVkIiwiYWNjb3VudHMuZ29vZ2xlLmNvbSIsImFjY291bnRzLmdvb2dsZS5jb206NDA3NDA4NzE4MTkyLThoMmszbTRuNXA2cTdyOHMuYXBwcy5nb29nbGV1c2VyY29udGVudC5jb206MTEwMTY5NDg0NDc0Mzg2Mjc2MzM0Il0sImlzcyI6Imh0dHBzOi8vY29nbml0by1pZGVudGl0eS5hbWF6b25hd3MuY29tIiwiZXhwIjoxNzYzODA5MzQ1LCJpYXQiOjE3NjM4MDg3NDV9' +
  '.msNOhcEoYuH7eZVmetyoWTVJxQLlS-nGtaQvDoD2oqo-lezIKuqNNWu3h-L_fjAq4K20DIDhjdqazt1kKCsdbrz-IeYoC_Ebj9vQRciz5Sd0jR7PGNHESpvmzQVBB8RHmI0IZRT21ZvpUMX8cp6I9m1YwOV0QEk7CLCbMvIfBzujvTUWuc-pqaCB2y1qmsqC_zvvDo4QsQTBPHrPH_HTno0JtjtoBK3wmn3ULvy5JLCeiKOi0cfCv2lUvdviUfCpl76-8llnQSB9cBi8GnGxYbE-dXmbmp6nAnPm4acBcqlBcRTJcsEpw4JSI78FY53rQPrsMiohrP1atiUTanYAeg';

/** A Cognito Identity OpenID token (RS512 JWT) for a developer-authenticated identity. */
const developerOpenIdToken =
  'eyJraWQiOiJ1cy1lYXN0LTE0IiwidHlwIjoiSldTIiwiYWxnIjoiUlM1MTIifQ' +
  '.eyJzdWIiOiJ1cy1lYXN0LTE6N2M0YThkMDktY2EzNy00YTFlLTljMmItNWJmNWEyZjNjNmQxIiwiYXVkIjoidXMtZWFzdC0xOjBmNGI0YzJlLThkMWEtNGU1Ny05YTUzLTNjMWQyYjdlNmYxMCIsImFtciI6WyJhdXRoZW50aWNhdGVkIiwibG9naW4ucGhvdG9zaGFyZS5hcHAiLCJsb2dpbi5waG90b3NoYXJlLmFwcDp1cy1lYXN0LTE6MGY0YjRjMmUtOGQxYS00ZTU3LTlhNTMtM2MxZDJiN2U2ZjEwOnVzZXItNDgyMSJdLCJpc3MiOiJodHRwczovL2NvZ25pdG8taWRlbnRpdHkuYW1hem9uYXdzLmNvbSIsImV4cCI6MTc2MzgwOTY0NSwiaWF0IjoxNzYzODA4NzQ1fQ' +
  '.ilNdXy8FLWjo-9Fm3aIFVYNf1-Ob0D8tZbplfH-cYedgQqQDi4pq-vkaqvgB1x0RgXbNcQ4WlON95xQq_H7TAnrmeyW8XZPG3lMhYAGwQmt8jzehAXAgG2lMpREnn5sLxrTHKgcN4UQHV-OArHpUr3pi1m8Bk3QxF3dz5ypeln3POiVyaIf_3bIKVExkxbxIB6A6R-95wDwZWp9GwDYmOpHxUZOTQ3E3Lwj48M2oO1p_Wrdmb9k-wdgdKkDF6_g36t317cxZlNOz6deQ0gYWGcMagEcaOLFjLaMozW50pC6mixh1XKuXs2yj-hF7tfsZnf-Tdk6k9edxvTYXAwoxyg';

const credentials = {
  AccessKeyId: 'ASIAR7QF3WXKEXAMPLE4',
  SecretKey: 'BDpxh3TFcr2KJa2+sb/NXAJWrhHOz5+cP5JdDlK+',
  SessionToken:
    'IQoJb3JpZ2luX2VjEHgaCXVzLWVhc3QtMSJHMEUCIQDbygIJTreBJqUXsgaojHPPqexvcExwMNGCEsrOgg8CXwIgC/DqaNvz86VDbKY7U797+ArY1d59g1nQt/7Z28OrmU3/TqNA8Kgj8V0/TwGrYurg5dpXnMuFH4253+hMWLKze4mQOnQOHuFy2nk6bnnVYOX3+b0FihKigEM+1vpGUQpAskQRJkHdeN1Pk7bJGQ3UbgCZGU1aRCV7fvrW75/0aD2h7aAkREjLNDqmiPXT79cxTa/lgKwLy/EVrsqejcEUO6+/CIgqLRATMJOhuEM/UFY7k8FKzQW3kCjrHRJ5kCckFFCYBlGZRQFCOmbCdq4mxDtzm8ZcThaxDDr2wgKuu6Mh2LQF4+8mBJWYR7Nt',
  Expiration: 1763812345,
};

const photoSharePool = {
  IdentityPoolId: poolId,
  IdentityPoolName: 'PhotoShare production',
  AllowUnauthenticatedIdentities: true,
  AllowClassicFlow: false,
  SupportedLoginProviders: { 'accounts.google.com': googleClientId },
  DeveloperProviderName: developerProvider,
  CognitoIdentityProviders: [
    { ProviderName: userPool, ClientId: appClientId, ServerSideTokenCheck: true },
  ],
  IdentityPoolTags: { team: 'mobile', stage: 'prod' },
};

export const examples: Record<string, readonly OperationExample[]> = {
  CreateIdentityPool: [
    {
      name: 'googleAndUserPool',
      summary: 'A pool that trusts Google and a Cognito user pool and lets guests in',
      input: {
        IdentityPoolName: 'PhotoShare production',
        AllowUnauthenticatedIdentities: true,
        AllowClassicFlow: false,
        SupportedLoginProviders: { 'accounts.google.com': googleClientId },
        DeveloperProviderName: developerProvider,
        CognitoIdentityProviders: [
          { ProviderName: userPool, ClientId: appClientId, ServerSideTokenCheck: true },
        ],
        IdentityPoolTags: { team: 'mobile', stage: 'prod' },
      },
      output: photoSharePool,
    },
  ],
  DeleteIdentities: [
    {
      name: 'twoIdentities',
      summary: 'Delete two identities; one could not be deleted',
      input: { IdentityIdsToDelete: [identityId, otherIdentityId] },
      output: { UnprocessedIdentityIds: [{ IdentityId: otherIdentityId, ErrorCode: 'InternalServerError' }] },
    },
  ],
  DeleteIdentityPool: [
    {
      name: 'deletePool',
      summary: 'Delete a pool',
      input: { IdentityPoolId: poolId },
      output: {},
    },
  ],
  DescribeIdentity: [
    {
      name: 'googleIdentity',
      summary: 'An identity linked to Google',
      input: { IdentityId: identityId },
      output: {
        IdentityId: identityId,
        Logins: ['accounts.google.com'],
        CreationDate: 1747990800.512,
        LastModifiedDate: 1763808745.204,
      },
    },
  ],
  DescribeIdentityPool: [
    {
      name: 'photoSharePool',
      summary: 'Read a pool\'s configuration',
      input: { IdentityPoolId: poolId },
      output: photoSharePool,
    },
  ],
  GetCredentialsForIdentity: [
    {
      name: 'googleUser',
      summary: 'Credentials for a user signed in with Google',
      input: { IdentityId: identityId, Logins: { 'accounts.google.com': googleIdToken } },
      output: { IdentityId: identityId, Credentials: credentials },
    },
    {
      name: 'guest',
      summary: 'Credentials for a guest',
      input: { IdentityId: otherIdentityId },
      output: { IdentityId: otherIdentityId, Credentials: credentials },
    },
    {
      name: 'developerUser',
      summary: 'Credentials for a developer-authenticated user',
      input: { IdentityId: identityId, Logins: { 'cognito-identity.amazonaws.com': developerOpenIdToken } },
      output: { IdentityId: identityId, Credentials: credentials },
    },
  ],
  GetId: [
    {
      name: 'googleUser',
      summary: 'The identity of a user signed in with Google',
      input: { IdentityPoolId: poolId, Logins: { 'accounts.google.com': googleIdToken } },
      output: { IdentityId: identityId },
    },
    {
      name: 'userPoolUser',
      summary: 'The identity of a user signed in to a Cognito user pool',
      input: { AccountId: account, IdentityPoolId: poolId, Logins: { [userPool]: userPoolIdToken } },
      output: { IdentityId: identityId },
    },
    {
      name: 'guest',
      summary: 'A guest identity',
      input: { IdentityPoolId: poolId },
      output: { IdentityId: otherIdentityId },
    },
  ],
  GetIdentityPoolRoles: [
    {
      name: 'rolesWithMapping',
      summary: 'Default roles plus a rule for user pool admins',
      input: { IdentityPoolId: poolId },
      output: {
        IdentityPoolId: poolId,
        Roles: { authenticated: authRole, unauthenticated: unauthRole },
        RoleMappings: {
          [`${userPool}:${appClientId}`]: {
            Type: 'Rules',
            AmbiguousRoleResolution: 'AuthenticatedRole',
            RulesConfiguration: {
              Rules: [{ Claim: 'cognito:groups', MatchType: 'Contains', Value: 'admins', RoleARN: adminRole }],
            },
          },
        },
      },
    },
  ],
  GetOpenIdToken: [
    {
      name: 'googleUser',
      summary: 'A token for the classic flow',
      input: { IdentityId: identityId, Logins: { 'accounts.google.com': googleIdToken } },
      output: { IdentityId: identityId, Token: cognitoOpenIdToken },
    },
  ],
  GetOpenIdTokenForDeveloperIdentity: [
    {
      name: 'backendUser',
      summary: 'Register a user of your own backend and get a token for it',
      input: {
        IdentityPoolId: poolId,
        Logins: { [developerProvider]: 'user-4821' },
        PrincipalTags: { department: 'engineering' },
        TokenDuration: 900,
      },
      output: { IdentityId: identityId, Token: developerOpenIdToken },
    },
  ],
  GetPrincipalTagAttributeMap: [
    {
      name: 'userPoolTags',
      summary: 'Tags taken from user pool claims',
      input: { IdentityPoolId: poolId, IdentityProviderName: userPool },
      output: {
        IdentityPoolId: poolId,
        IdentityProviderName: userPool,
        UseDefaults: false,
        PrincipalTags: { department: 'custom:department', username: 'sub' },
      },
    },
  ],
  ListIdentities: [
    {
      name: 'firstPage',
      summary: 'The first page of a pool\'s identities',
      input: { IdentityPoolId: poolId, MaxResults: 2, HideDisabled: true },
      output: {
        IdentityPoolId: poolId,
        Identities: [
          {
            IdentityId: identityId,
            Logins: ['accounts.google.com'],
            CreationDate: 1747990800.512,
            LastModifiedDate: 1763808745.204,
          },
          { IdentityId: otherIdentityId, CreationDate: 1752141600, LastModifiedDate: 1752141600 },
        ],
        NextToken: 'AAEAAdTbX8f0mKq3vZ2QkF7yQmVxLw9cR1pJH4sN6uYb2eTz',
      },
    },
  ],
  ListIdentityPools: [
    {
      name: 'firstPage',
      summary: 'The first page of the account\'s pools',
      input: { MaxResults: 10 },
      output: {
        IdentityPools: [
          { IdentityPoolId: poolId, IdentityPoolName: 'PhotoShare production' },
          { IdentityPoolId: 'us-east-1:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', IdentityPoolName: 'PhotoShare staging' },
        ],
      },
    },
  ],
  ListTagsForResource: [
    {
      name: 'poolTags',
      summary: 'The tags of a pool',
      input: { ResourceArn: poolArn },
      output: { Tags: { team: 'mobile', stage: 'prod' } },
    },
  ],
  LookupDeveloperIdentity: [
    {
      name: 'byUserId',
      summary: 'Find the identity of a backend user',
      input: { IdentityPoolId: poolId, DeveloperUserIdentifier: 'user-4821', MaxResults: 10 },
      output: { IdentityId: identityId, DeveloperUserIdentifierList: ['user-4821'] },
    },
  ],
  MergeDeveloperIdentities: [
    {
      name: 'mergeDuplicateAccount',
      summary: 'Merge a duplicate backend account into the main one',
      input: {
        SourceUserIdentifier: 'user-5903',
        DestinationUserIdentifier: 'user-4821',
        DeveloperProviderName: developerProvider,
        IdentityPoolId: poolId,
      },
      output: { IdentityId: identityId },
    },
  ],
  SetIdentityPoolRoles: [
    {
      name: 'defaultRoles',
      summary: 'Set the default roles for signed-in users and guests',
      input: { IdentityPoolId: poolId, Roles: { authenticated: authRole, unauthenticated: unauthRole } },
      output: {},
    },
    {
      name: 'tokenMapping',
      summary: 'Default roles plus roles taken from user pool tokens',
      input: {
        IdentityPoolId: poolId,
        Roles: { authenticated: authRole, unauthenticated: unauthRole },
        RoleMappings: {
          [`${userPool}:${appClientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' },
        },
      },
      output: {},
    },
  ],
  SetPrincipalTagAttributeMap: [
    {
      name: 'customTags',
      summary: 'Tag sessions with the user\'s department',
      input: {
        IdentityPoolId: poolId,
        IdentityProviderName: userPool,
        UseDefaults: false,
        PrincipalTags: { department: 'custom:department', username: 'sub' },
      },
      output: {
        IdentityPoolId: poolId,
        IdentityProviderName: userPool,
        UseDefaults: false,
        PrincipalTags: { department: 'custom:department', username: 'sub' },
      },
    },
  ],
  TagResource: [
    {
      name: 'addCostCenter',
      summary: 'Add a cost-centre tag',
      input: { ResourceArn: poolArn, Tags: { 'cost-center': 'CC-1042' } },
      output: {},
    },
  ],
  UnlinkDeveloperIdentity: [
    {
      name: 'unlinkBackendUser',
      summary: 'Detach a backend user from its identity',
      input: {
        IdentityId: identityId,
        IdentityPoolId: poolId,
        DeveloperProviderName: developerProvider,
        DeveloperUserIdentifier: 'user-5903',
      },
      output: {},
    },
  ],
  UnlinkIdentity: [
    {
      name: 'unlinkGoogle',
      summary: 'Disconnect Google, proving ownership with the user pool login',
      input: {
        IdentityId: identityId,
        Logins: { [userPool]: userPoolIdToken },
        LoginsToRemove: ['accounts.google.com'],
      },
      output: {},
    },
  ],
  UntagResource: [
    {
      name: 'removeStage',
      summary: 'Remove the stage tag',
      input: { ResourceArn: poolArn, TagKeys: ['stage'] },
      output: {},
    },
  ],
  UpdateIdentityPool: [
    {
      name: 'closeGuestAccess',
      summary: 'Turn guest access off, keeping everything else',
      input: { ...photoSharePool, AllowUnauthenticatedIdentities: false },
      output: { ...photoSharePool, AllowUnauthenticatedIdentities: false },
    },
  ],
};

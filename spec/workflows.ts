/**
 * Arazzo 1.0.1 workflows over the published document: the four things agents and apps do with the service,
 * step by step. Data only; the generator checks each step's operation and writes
 * packages/document/workflows.arazzo.yaml. Signed steps take the developer's `Authorization` header from the
 * `authorization` input, because Arazzo runners cannot compute SigV4 themselves.
 */

const JSON11 = 'application/x-amz-json-1.1';
const ok = [{ condition: '$statusCode == 200' }];
// Errors are told apart by `__type`: every client error is 400 on the wire (packages/client/src/protocol.ts).
const retryThrottled = [
  { name: 'retryWhenThrottled', type: 'retry', retryAfter: 1, retryLimit: 3, criteria: [{ condition: "$response.body#/__type == 'TooManyRequestsException'" }] },
  { name: 'retryOnServerFault', type: 'retry', retryAfter: 1, retryLimit: 3, criteria: [{ condition: '$statusCode == 500' }] },
  { name: 'stopOnError', type: 'end' },
];

/** A step calling `operation` with `payload`; `signed` adds the developer's Authorization header. */
function step(stepId: string, description: string, operation: string, payload: Record<string, unknown>, signed: boolean) {
  return {
    stepId,
    description,
    operationId: operation,
    parameters: [
      { name: 'X-Amz-Target', in: 'header', value: `AWSCognitoIdentityService.${operation}` },
      ...(signed ? [{ name: 'Authorization', in: 'header', value: '$inputs.authorization' }] : []),
    ],
    requestBody: { contentType: JSON11, payload },
    successCriteria: ok,
    onFailure: retryThrottled,
  };
}

/** Success for a step that answers about an identity: 200, and the identity is the one the workflow holds. */
const sameIdentity = (identityId: string) => [{ condition: '$statusCode == 200' }, { condition: `$response.body#/IdentityId == ${identityId}` }];

const authorizationInput = {
  type: 'string',
  description: 'The SigV4 Authorization header for the signed steps, computed by the caller with developer credentials (a mock only checks that it is present).',
};
const roleArn = (who: string) => ({ type: 'string', description: `IAM role ARN for ${who}.`, minLength: 20 });

export const workflows = {
  arazzo: '1.0.1',
  info: {
    title: 'Amazon Cognito Identity workflows',
    version: '2014-06-30',
    description: 'Multi-step tasks over Amazon Cognito Identity: federated sign-in, guest access, developer-authenticated identities, and provisioning a pool.',
  },
  sourceDescriptions: [{ name: 'cognitoIdentity', url: './openapi.yaml', type: 'openapi' }],
  workflows: [
    {
      workflowId: 'federatedSignIn',
      summary: 'Sign a Google user in and get AWS credentials',
      description: 'Create a pool that trusts Google, give it an authenticated role, get the identity of a user signed in with Google, and exchange it for temporary AWS credentials (the enhanced flow).',
      inputs: {
        type: 'object',
        required: ['authorization', 'googleClientId', 'googleIdToken', 'authenticatedRoleArn'],
        properties: {
          authorization: authorizationInput,
          poolName: { type: 'string', description: 'Display name of the new pool.', default: 'federated-sign-in-pool' },
          googleClientId: { type: 'string', description: 'The OAuth client id of your app at Google.' },
          googleIdToken: { type: 'string', description: 'A Google ID token of the signed-in user.' },
          authenticatedRoleArn: roleArn('signed-in users'),
        },
      },
      steps: [
        {
          ...step('createPool', 'Create a pool that accepts Google sign-in.', 'CreateIdentityPool', {
            IdentityPoolName: '$inputs.poolName',
            AllowUnauthenticatedIdentities: false,
            SupportedLoginProviders: { 'accounts.google.com': '$inputs.googleClientId' },
          }, true),
          outputs: { identityPoolId: '$response.body#/IdentityPoolId' },
        },
        step('setRoles', 'Give signed-in users their IAM role.', 'SetIdentityPoolRoles', {
          IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          Roles: { authenticated: '$inputs.authenticatedRoleArn' },
        }, true),
        {
          ...step('getId', 'Get the identity of the Google user.', 'GetId', {
            IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
            Logins: { 'accounts.google.com': '$inputs.googleIdToken' },
          }, false),
          outputs: { identityId: '$response.body#/IdentityId' },
        },
        {
          ...step('getCredentials', 'Exchange the identity and Google token for temporary credentials.', 'GetCredentialsForIdentity', {
            IdentityId: '$steps.getId.outputs.identityId',
            Logins: { 'accounts.google.com': '$inputs.googleIdToken' },
          }, false),
          successCriteria: sameIdentity('$steps.getId.outputs.identityId'),
          outputs: {
            accessKeyId: '$response.body#/Credentials/AccessKeyId',
            expiration: '$response.body#/Credentials/Expiration',
          },
        },
      ],
      outputs: {
        identityPoolId: '$steps.createPool.outputs.identityPoolId',
        identityId: '$steps.getId.outputs.identityId',
        accessKeyId: '$steps.getCredentials.outputs.accessKeyId',
        expiration: '$steps.getCredentials.outputs.expiration',
      },
    },
    {
      workflowId: 'guestAccess',
      summary: 'Give a guest temporary AWS credentials',
      description: 'Create a pool that lets guests in, give it an unauthenticated role, get a guest identity without any login, and exchange it for temporary credentials.',
      inputs: {
        type: 'object',
        required: ['authorization', 'unauthenticatedRoleArn'],
        properties: {
          authorization: authorizationInput,
          poolName: { type: 'string', description: 'Display name of the new pool.', default: 'guest-access-pool' },
          unauthenticatedRoleArn: roleArn('guests'),
        },
      },
      steps: [
        {
          ...step('createPool', 'Create a pool with guest access.', 'CreateIdentityPool', {
            IdentityPoolName: '$inputs.poolName',
            AllowUnauthenticatedIdentities: true,
          }, true),
          outputs: { identityPoolId: '$response.body#/IdentityPoolId' },
        },
        step('setRoles', 'Give guests their IAM role.', 'SetIdentityPoolRoles', {
          IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          Roles: { unauthenticated: '$inputs.unauthenticatedRoleArn' },
        }, true),
        {
          ...step('getId', 'Get a guest identity: no Logins.', 'GetId', {
            IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          }, false),
          outputs: { identityId: '$response.body#/IdentityId' },
        },
        {
          ...step('getCredentials', 'Exchange the guest identity for temporary credentials, again without Logins.', 'GetCredentialsForIdentity', {
            IdentityId: '$steps.getId.outputs.identityId',
          }, false),
          successCriteria: sameIdentity('$steps.getId.outputs.identityId'),
          outputs: { accessKeyId: '$response.body#/Credentials/AccessKeyId', expiration: '$response.body#/Credentials/Expiration' },
        },
      ],
      outputs: {
        identityId: '$steps.getId.outputs.identityId',
        accessKeyId: '$steps.getCredentials.outputs.accessKeyId',
      },
    },
    {
      workflowId: 'developerAuthenticatedIdentity',
      summary: 'Sign in a user of your own backend',
      description: 'From your backend, get an identity and an OpenID token for one of your users, then exchange the token for temporary credentials under the `cognito-identity.amazonaws.com` login.',
      inputs: {
        type: 'object',
        required: ['authorization', 'identityPoolId', 'developerLogins'],
        properties: {
          authorization: authorizationInput,
          identityPoolId: { type: 'string', description: 'A pool with a DeveloperProviderName.' },
          // A map declared by `patternProperties`, not `additionalProperties`: Arazzo runners that check inputs
          // with Ajv's `removeAdditional: "all"` (Redocly Respect) strip every key that no `properties` or
          // pattern names, and would send `{}`. The pattern is DeveloperProviderName's.
          developerLogins: {
            type: 'object',
            description: 'The pool\'s developer provider name mapped to your user id, such as {"login.photoshare.app": "user-4821"}.',
            patternProperties: { '^[\\w._-]{1,128}$': { type: 'string', minLength: 1, maxLength: 1024 } },
            minProperties: 1,
          },
        },
      },
      steps: [
        {
          ...step('issueToken', 'Get the user\'s identity and an OpenID token (signed: run it on your backend).', 'GetOpenIdTokenForDeveloperIdentity', {
            IdentityPoolId: '$inputs.identityPoolId',
            Logins: '$inputs.developerLogins',
          }, true),
          outputs: { identityId: '$response.body#/IdentityId', token: '$response.body#/Token' },
        },
        {
          ...step('getCredentials', 'Exchange the token for temporary credentials (unsigned: the app can do it).', 'GetCredentialsForIdentity', {
            IdentityId: '$steps.issueToken.outputs.identityId',
            Logins: { 'cognito-identity.amazonaws.com': '$steps.issueToken.outputs.token' },
          }, false),
          successCriteria: sameIdentity('$steps.issueToken.outputs.identityId'),
          outputs: { accessKeyId: '$response.body#/Credentials/AccessKeyId', expiration: '$response.body#/Credentials/Expiration' },
        },
      ],
      outputs: {
        identityId: '$steps.issueToken.outputs.identityId',
        accessKeyId: '$steps.getCredentials.outputs.accessKeyId',
      },
    },
    {
      workflowId: 'agentProvisioning',
      summary: 'Provision an identity pool and verify it',
      description: 'Create `agent-provisioned-pool`, set its roles, then read the pool and its roles back to verify what was set.',
      inputs: {
        type: 'object',
        required: ['authorization', 'authenticatedRoleArn', 'unauthenticatedRoleArn'],
        properties: {
          authorization: authorizationInput,
          authenticatedRoleArn: roleArn('signed-in users'),
          unauthenticatedRoleArn: roleArn('guests'),
        },
      },
      steps: [
        {
          ...step('createPool', 'Create the pool.', 'CreateIdentityPool', {
            IdentityPoolName: 'agent-provisioned-pool',
            AllowUnauthenticatedIdentities: true,
          }, true),
          outputs: { identityPoolId: '$response.body#/IdentityPoolId' },
        },
        step('setRoles', 'Set both default roles.', 'SetIdentityPoolRoles', {
          IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          Roles: { authenticated: '$inputs.authenticatedRoleArn', unauthenticated: '$inputs.unauthenticatedRoleArn' },
        }, true),
        {
          ...step('describePool', 'Read the pool back.', 'DescribeIdentityPool', {
            IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          }, true),
          successCriteria: [
            { condition: '$statusCode == 200' },
            { condition: '$response.body#/IdentityPoolId == $steps.createPool.outputs.identityPoolId' },
          ],
          outputs: { identityPoolName: '$response.body#/IdentityPoolName' },
        },
        {
          ...step('getRoles', 'Read the roles back.', 'GetIdentityPoolRoles', {
            IdentityPoolId: '$steps.createPool.outputs.identityPoolId',
          }, true),
          successCriteria: [
            { condition: '$statusCode == 200' },
            { condition: '$response.body#/IdentityPoolId == $steps.createPool.outputs.identityPoolId' },
          ],
          outputs: { authenticatedRole: '$response.body#/Roles/authenticated' },
        },
      ],
      outputs: {
        identityPoolId: '$steps.createPool.outputs.identityPoolId',
        authenticatedRole: '$steps.getRoles.outputs.authenticatedRole',
      },
    },
  ],
};

/**
 * The service as a whole: identity, the overview prose shown at the top of the docs, the operation groups,
 * and where the service has endpoints (botocore `endpoints.json`, partition `services.cognito-identity`).
 */
import type { Service } from './model.ts';

const description = `
Amazon Cognito Identity (identity pools, also called federated identities) turns a sign-in with any
trusted provider, or no sign-in at all, into **temporary AWS credentials** scoped by IAM roles. This
document describes API version 2014-06-30, all 23 operations, exactly as they travel on the wire.

## How to read the paths

Every operation is the same HTTP request, \`POST /\`, told apart by a header:

\`\`\`http
POST / HTTP/1.1
Host: cognito-identity.us-east-1.amazonaws.com
Content-Type: application/x-amz-json-1.1
X-Amz-Target: AWSCognitoIdentityService.GetId

{"IdentityPoolId": "us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10"}
\`\`\`

OpenAPI needs one path per operation, so each is written as
\`/#X-Amz-Target=AWSCognitoIdentityService.<Operation>\`. The part after \`#\` is a URL fragment: HTTP
clients never send it, so the request still goes to \`/\`. The \`X-Amz-Target\` header parameter carries the
operation for real. Bodies are JSON under the media type \`application/x-amz-json-1.1\`, timestamps are
numbers of seconds since the Unix epoch, and errors are \`{"__type": "<ErrorName>", "message": "..."}\`.

## Errors: the status is 400 or 500, the name is in the body

An error answer carries its name three times: in the body's \`__type\`, in the \`x-amzn-ErrorType\` header
(the name followed by \`:\`) and, with its text, in \`x-amzn-ErrorMessage\`. The HTTP status tells only
whose fault it was: **400 for every client error**, **500 for InternalErrorException**. The official
Smithy model gives four errors other numbers (NotAuthorizedException 403, ResourceNotFoundException 404,
ResourceConflictException 409, TooManyRequestsException 429), but responses captured from the real
endpoint carry 400 for them, so this document declares what the wire sends. Every error has the same
shape, so each operation's \`400\` response is one error body whose \`__type\` is an \`enum\` of the client
errors it can raise, with an example and a line on when it happens for each; branch on that name, never on
the status. Throttling (TooManyRequestsException) and InternalErrorException are worth retrying
with backoff; the other errors fail the same way again.

## Constraints

Lengths, ranges, enums and patterns are the official model's. A pattern must match the **whole** value,
so the document writes each one anchored (\`^...$\`); a value that breaks a constraint is refused with
ValidationException, whose message quotes the pattern as the model spells it, without the anchors.

## Calling from a browser

The service answers cross-origin calls: every response allows any origin and exposes the
\`x-amzn-RequestId\`, \`x-amzn-ErrorType\`, \`x-amzn-ErrorMessage\` and \`Date\` headers, and preflight
\`OPTIONS\` requests are answered. A web page can therefore call the unsigned operations directly.

## Trying it locally

This project's mock (\`npx cognito-identity-openapi-server mock\`, on \`http://127.0.0.1:4631\`) answers every
operation from this document's examples, with the statuses, headers and CORS of the real endpoint. To see
an error, send \`Prefer: error=<ErrorName>\` (for example \`Prefer: error=ResourceNotFoundException\`): the
mock answers that error's example under its wire status, or ValidationException naming the errors the
operation can raise. \`Prefer: example=<name>\` picks a named success example. The emulator
(\`npx cognito-identity-openapi-server emulator\`, same address) keeps state instead: pools you create exist.

## Pointing a client at a local server

Every client that calls Cognito Identity takes an endpoint; give it the local server's address and keep
everything else. Signed operations still need credentials, which a local server accepts whatever they are.

AWS SDK for JavaScript v3:

\`\`\`ts
import { CognitoIdentityClient, GetIdCommand } from '@aws-sdk/client-cognito-identity';

const sdk = new CognitoIdentityClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4010' });
console.log(await sdk.send(new GetIdCommand({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' })));
\`\`\`

boto3 (Python):

\`\`\`python
import boto3

cognito = boto3.client('cognito-identity', region_name='us-east-1', endpoint_url='http://127.0.0.1:4010')
print(cognito.get_id(IdentityPoolId='us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10'))
\`\`\`

AWS CLI:

\`\`\`sh
aws cognito-identity get-id --endpoint-url http://127.0.0.1:4010 --region us-east-1 --no-sign-request \\
  --identity-pool-id us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10
\`\`\`

This project's client:

\`\`\`ts
import { createCognitoIdentityClient } from 'cognito-identity-openapi';

const cognito = createCognitoIdentityClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:4010' });
console.log(await cognito.getId({ IdentityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' }));
\`\`\`

AWS Amplify (v6) takes no endpoint for identity pools, but takes a credentials provider: give it this
project's, pointed at the local server, and \`fetchAuthSession\` gets its identity and credentials there.

\`\`\`ts
import { Amplify } from 'aws-amplify';
import { fetchAuthSession } from 'aws-amplify/auth';
import { fromCognitoIdentityPool } from 'cognito-identity-openapi/credentials';

const identityPoolId = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
const local = fromCognitoIdentityPool({ identityPoolId, endpoint: 'http://127.0.0.1:4010' });
Amplify.configure({ Auth: { Cognito: { identityPoolId, allowGuestAccess: true } } }, {
  Auth: {
    credentialsProvider: {
      getCredentialsAndIdentityId: async () => {
        const { identityId, ...credentials } = await local();
        return { credentials, identityId };
      },
      clearCredentialsAndIdentityId: () => { void local.clear(); },
    },
  },
});
console.log((await fetchAuthSession()).identityId);
\`\`\`

## Signed and unsigned calls

GetId, GetCredentialsForIdentity, GetOpenIdToken and UnlinkIdentity are called by end users' apps and
take **no AWS signature**: the provider tokens in \`Logins\` are the proof. Every other operation manages
pools or identities and must be signed with Signature Version 4 (service \`cognito-identity\`) using the
developer's own credentials.

## What each call changes (x-effect)

An operation's name is a poor guide to its effect: GetId creates identities, GetOpenIdToken can link
logins. So each operation carries the extension \`x-effect\`, stated by this project's model:

- \`state\`: \`none\` (it only reads), \`creates\` (it adds data and changes none), \`updates\` (it changes
  existing data in place, so old values are lost) or \`deletes\` (it deletes data or detaches a link);
- \`destructive\`: true for \`updates\` and \`deletes\`;
- \`idempotent\`: true when repeating the call with the same input leaves the service as one call would;
- \`sensitiveOutput\`: the output members that carry secrets, the ones whose schemas have
  \`x-aws-sensitive: true\` (\`[]\` stands for a list's items, \`{}\` for a map's values);
- \`why\`, where the name suggests otherwise, and \`judgement\`, where no source settles a point and the
  project chose.

Agent catalogues can use it as it is; the MCP tool annotations (\`readOnlyHint\`, \`destructiveHint\`,
\`idempotentHint\`) are derived from it.

## The four flows

### Enhanced flow (recommended)
1. The app signs the user in with a provider (a Cognito user pool, Google, Apple, an OIDC or SAML
   provider, ...) and gets a token.
2. **GetId** with \`IdentityPoolId\` and \`Logins: {"<provider>": "<token>"}\` returns the user's
   \`IdentityId\`, the same one every time for that user and pool.
3. **GetCredentialsForIdentity** with the \`IdentityId\` and the same \`Logins\` returns temporary
   credentials. The pool's roles and role mappings (**SetIdentityPoolRoles**) decide which IAM role they
   carry.

### Classic (basic) flow
1. **GetId**, as above.
2. **GetOpenIdToken** with the \`IdentityId\` and \`Logins\` returns a short-lived OpenID token.
3. The app calls STS \`AssumeRoleWithWebIdentity\` with that token and a role of its choosing.

A pool whose \`AllowClassicFlow\` is \`false\` refuses step 2 with InvalidParameterException; \`true\` or never set allows it.

### Guest (unauthenticated) access
1. **GetId** with only \`IdentityPoolId\`, no \`Logins\`.
2. **GetCredentialsForIdentity** with the \`IdentityId\`, again without \`Logins\`.

The pool must have \`AllowUnauthenticatedIdentities: true\` and an \`unauthenticated\` role; otherwise GetId
answers NotAuthorizedException. A guest identity is upgraded by GetCredentialsForIdentity with its id and a
first login; if the login already belongs to another identity, the answer carries that identity's id instead.

### Developer-authenticated identities
1. The app signs the user in against **your own backend**.
2. The backend, signed with developer credentials, calls **GetOpenIdTokenForDeveloperIdentity** with
   \`Logins: {"<DeveloperProviderName>": "<your user id>"}\`. It gets the user's \`IdentityId\` and an
   OpenID token; the same user id always maps to the same identity.
3. The backend hands both to the app, which calls **GetCredentialsForIdentity** with
   \`Logins: {"cognito-identity.amazonaws.com": "<token>"}\`.

**LookupDeveloperIdentity**, **MergeDeveloperIdentities** and **UnlinkDeveloperIdentity** manage the
link between your user ids and identities.
`.trim();

export const service = {
  title: 'Amazon Cognito Identity',
  apiVersion: '2014-06-30',
  serviceId: 'Cognito Identity',
  description,
  apiReferenceUrl: 'https://docs.aws.amazon.com/cognitoidentity/latest/APIReference/Welcome.html',
  license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
  tags: [
    {
      id: 'identity-pools',
      name: 'Identity pools',
      description: 'Create, read, change, list and delete identity pools: which providers a pool trusts and whether guests may enter.',
    },
    {
      id: 'identities',
      name: 'Identities',
      description: 'The identities inside a pool: get or create one for a user, describe, list, delete, and detach logins.',
    },
    {
      id: 'credentials-and-tokens',
      name: 'Credentials and tokens',
      description: 'Exchange an identity and its logins for temporary AWS credentials or an OpenID token.',
    },
    {
      id: 'developer-identities',
      name: 'Developer identities',
      description: 'Identities of users who sign in to your own backend: issue their tokens, look them up, merge and unlink them.',
    },
    {
      id: 'roles-and-principal-tags',
      name: 'Roles and principal tags',
      description: 'Which IAM role an identity gets, and which token claims become session tags for attribute-based access control.',
    },
    {
      id: 'resource-tags',
      name: 'Resource tags',
      description: 'Tags on identity pools, for cost allocation and IAM conditions.',
    },
  ],
  partitions: [
    {
      id: 'aws',
      name: 'AWS Standard',
      dnsSuffix: 'amazonaws.com',
      regions: [
        'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
        'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
        'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1',
        'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
        'il-central-1', 'me-central-1', 'me-south-1', 'mx-central-1', 'sa-east-1', 'us-east-1', 'us-east-2',
        'us-west-1', 'us-west-2',
      ],
      fipsRegions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
    },
    {
      id: 'aws-cn',
      name: 'AWS China',
      dnsSuffix: 'amazonaws.com.cn',
      regions: ['cn-north-1'],
      fipsRegions: [],
    },
    {
      id: 'aws-us-gov',
      name: 'AWS GovCloud (US)',
      dnsSuffix: 'amazonaws.com',
      regions: ['us-gov-east-1', 'us-gov-west-1'],
      fipsRegions: ['us-gov-west-1'],
    },
    {
      id: 'aws-eusc',
      name: 'AWS European Sovereign Cloud',
      dnsSuffix: 'amazonaws.eu',
      regions: ['eusc-de-east-1'],
      fipsRegions: [],
    },
  ],
} as const satisfies Service;

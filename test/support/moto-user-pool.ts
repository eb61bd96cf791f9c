/**
 * A Cognito user pool in moto's server (the one `startMotoS3` runs: moto serves cognito-idp and S3 on one
 * port), made with boto3 the way an app's setup script would: a pool, an app client allowing
 * USER_PASSWORD_AUTH, groups (with a role ARN each), users with permanent passwords, and an S3 bucket whose
 * CORS rules let a browser page upload.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What to make. */
export interface MotoUserPoolSpec {
  region: string;
  users: Array<{ username: string; password: string; groups?: string[] }>;
  groups?: Array<{ name: string; roleArn: string }>;
  bucket: string;
}

/** What was made: ids, and the provider name the identity pool lists (the ID tokens' `iss` without the scheme). */
export interface MotoUserPool {
  userPoolId: string;
  clientId: string;
  provider: string;
}

const SCRIPT = `
import json, sys, boto3
spec = json.loads(sys.argv[2])
kw = dict(endpoint_url=sys.argv[1], region_name=spec['region'], aws_access_key_id='test', aws_secret_access_key='test')
idp = boto3.client('cognito-idp', **kw)
pool = idp.create_user_pool(PoolName='app-users')['UserPool']['Id']
client = idp.create_user_pool_client(UserPoolId=pool, ClientName='web', GenerateSecret=False,
    ExplicitAuthFlows=['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])['UserPoolClient']['ClientId']
for group in spec.get('groups', []):
    idp.create_group(UserPoolId=pool, GroupName=group['name'], RoleArn=group['roleArn'])
for user in spec['users']:
    idp.admin_create_user(UserPoolId=pool, Username=user['username'], MessageAction='SUPPRESS')
    idp.admin_set_user_password(UserPoolId=pool, Username=user['username'], Password=user['password'], Permanent=True)
    for group in user.get('groups', []):
        idp.admin_add_user_to_group(UserPoolId=pool, Username=user['username'], GroupName=group)
s3 = boto3.client('s3', **kw)
s3.create_bucket(Bucket=spec['bucket'])
s3.put_bucket_cors(Bucket=spec['bucket'], CORSConfiguration={'CORSRules': [{'AllowedOrigins': ['*'], 'AllowedMethods': ['PUT', 'GET'], 'AllowedHeaders': ['*'], 'ExposeHeaders': ['ETag']}]})
print(json.dumps({'userPoolId': pool, 'clientId': client}))
`;

/** Makes the user pool, its client, groups, users and the bucket in the moto server at `motoUrl`. */
export async function createMotoUserPool(motoUrl: string, spec: MotoUserPoolSpec): Promise<MotoUserPool> {
  const { stdout } = await run('python3', ['-c', SCRIPT, motoUrl, JSON.stringify(spec)], { timeout: 30_000 });
  const { userPoolId, clientId } = JSON.parse(stdout) as { userPoolId: string; clientId: string };
  return { userPoolId, clientId, provider: `cognito-idp.${spec.region}.amazonaws.com/${userPoolId}` };
}

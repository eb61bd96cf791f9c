import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { toIr } from '../../../scripts/ir.ts';
import { cliCommandOf, pythonMethodOf, toCodeSamples, toPythonLiteral } from '../../../scripts/openapi/code-samples.ts';
import { methodNameOf } from '../../../packages/client/src/client/types.ts';
import { model } from '../../../spec/index.ts';
import { hasBotocore } from '../../support/environment.ts';

const ir = toIr(model);

describe('cliCommandOf (botocore xform_name)', () => {
  it.each([
    ['GetId', 'get-id'],
    ['GetOpenIdTokenForDeveloperIdentity', 'get-open-id-token-for-developer-identity'],
    ['ListTagsForResource', 'list-tags-for-resource'],
    ['DescribeEC2Instances', 'describe-ec2-instances'],
  ])('%s -> %s', (op, cli) => {
    expect(cliCommandOf(op)).toBe(cli);
  });

  it.skipIf(!hasBotocore())('agrees with botocore for all 23 operations', () => {
    const names = ir.operations.map((o) => o.name);
    const botocore = execFileSync('python3', ['-c', `import sys,json;from botocore import xform_name;print(json.dumps([xform_name(n,'-') for n in json.loads(sys.argv[1])]))`, JSON.stringify(names)], { encoding: 'utf8' });
    expect(names.map(cliCommandOf)).toEqual(JSON.parse(botocore));
  });

  it('gives the boto3 method name the same way, with underscores', () => {
    expect(pythonMethodOf('GetOpenIdTokenForDeveloperIdentity')).toBe('get_open_id_token_for_developer_identity');
  });
});

describe('toPythonLiteral', () => {
  it.each<[string, unknown, string]>([
    ['a string, JSON-escaped', 'a "b"\n', '"a \\"b\\"\\n"'],
    ['the three words', [true, false, null], '[\n    True,\n    False,\n    None,\n]'],
    ['an object', { a: 1, b: {} }, '{\n    "a": 1,\n    "b": {},\n}'],
  ])('writes %s', (_what, value, want) => {
    expect(toPythonLiteral(value)).toBe(want);
  });
});

describe('toCodeSamples', () => {
  const samples = (name: string) => toCodeSamples(ir.operations.find((o) => o.name === name) as never);

  it('gives every operation a TypeScript, a curl, an AWS CLI and a Python (boto3) sample', () => {
    for (const op of ir.operations) expect(toCodeSamples(op).map((s) => s.label), op.name).toEqual(['TypeScript client', 'curl', 'AWS CLI', 'Python (boto3)']);
  });

  it('calls boto3 with the example\'s members as keyword arguments', () => {
    const python = samples('ListIdentityPools')[3]?.source;
    expect(python).toBe("import boto3\n\ncognito = boto3.client('cognito-identity', region_name='us-east-1')\noutput = cognito.list_identity_pools(\n    MaxResults=10,\n)");
  });

  it('signs curl and passes credentials only for signed operations', () => {
    const [ts, curl, cli] = samples('DescribeIdentityPool');
    expect(ts?.source).toContain('credentials: { accessKeyId, secretAccessKey }');
    expect(curl?.source).toContain("--aws-sigv4 'aws:amz:us-east-1:cognito-identity'");
    expect(cli?.source).not.toContain('--no-sign-request');
    const [ts2, curl2, cli2] = samples('GetId');
    expect(ts2?.source).not.toContain('credentials');
    expect(curl2?.source).not.toContain('--aws-sigv4');
    expect(cli2?.source).toContain('aws cognito-identity get-id --region us-east-1 --no-sign-request');
  });

  it('uses the real headers and the method name of the client', () => {
    const [ts, curl] = samples('GetOpenIdTokenForDeveloperIdentity');
    expect(ts?.source).toContain(`cognito.${methodNameOf('GetOpenIdTokenForDeveloperIdentity')}({`);
    expect(curl?.source).toContain("-H 'Content-Type: application/x-amz-json-1.1'");
    expect(curl?.source).toContain("-H 'X-Amz-Target: AWSCognitoIdentityService.GetOpenIdTokenForDeveloperIdentity'");
  });
});

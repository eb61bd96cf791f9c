import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AwsModel } from '../../scripts/aws-model.ts';
import { loadAwsModelFromBotocore, toFixtureText } from '../../scripts/refresh-aws-model.ts';
import { hasBotocore } from '../support/environment.ts';
import { compareWithAwsModel } from '../support/fidelity.ts';
import { repoPath } from '../support/paths.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (path: string) => JSON.parse(readFileSync(repoPath(path), 'utf8'));
const aws: AwsModel = readJson('test/fixtures/aws-model.json');
const document: Obj = readJson('packages/document/openapi.json');

describe('fidelity to the official AWS model', () => {
  it('the document agrees with test/fixtures/aws-model.json, member by member', () => {
    expect(compareWithAwsModel(document, aws)).toEqual([]);
  });

  it('covers the whole model: 23 operations, 111 shapes, 11 errors', () => {
    expect(Object.keys(aws.operations)).toHaveLength(23);
    expect(Object.keys(aws.shapes)).toHaveLength(111);
    expect(Object.values(aws.shapes).filter((s) => s.exception)).toHaveLength(11);
  });

  it('names every difference it finds', () => {
    const broken = structuredClone(document);
    const schemas = broken.components.schemas;
    schemas.GetIdInput.required = ['Logins'];
    schemas.IdentityPoolId.maxLength = 56;
    schemas.IdentityPoolName.pattern = '[\\w\\s+=,.@-]+';
    schemas.LoginsMap.additionalProperties = { $ref: '#/components/schemas/String' };
    schemas.IdentityProviders.propertyNames.maxLength = 129;
    schemas.RoleMappingMap.additionalProperties.properties.Type.enum = ['Token'];
    delete schemas.Credentials.properties.SessionToken;
    schemas.IdentityDescription.properties.Nickname = { $ref: '#/components/schemas/String' };
    schemas.DateType = { type: 'string', format: 'date-time' };
    delete broken.paths['/#X-Amz-Target=AWSCognitoIdentityService.GetId'].post.security;
    const deleteIdentities = broken.paths['/#X-Amz-Target=AWSCognitoIdentityService.DeleteIdentities'].post;
    const errorType = deleteIdentities.responses['400'].content['application/x-amz-json-1.1'].schema.properties.__type;
    errorType.enum = errorType.enum.filter((name: string) => name !== 'TooManyRequestsException');
    broken.servers = broken.servers.filter((s: Obj) => !s.url.endsWith('.com.cn'));
    expect(compareWithAwsModel(broken, aws)).toEqual([
      'DeleteIdentities: error TooManyRequestsException missing',
      'GetId: auth is sigv4, AWS says none',
      'Credentials.SessionToken: member missing',
      'DateType: type is "string", AWS says "number"',
      'GetIdInput.IdentityPoolId: required is false, AWS says true',
      'GetIdInput.Logins: required is true, AWS says false',
      'IdentityDescription.Nickname: member not in the AWS model',
      'IdentityPoolId: maxLength is 56, AWS says 55',
      'IdentityPoolName: pattern is "[\\\\w\\\\s+=,.@-]+", AWS says "^[\\\\w\\\\s+=,.@-]+$"',
      'IdentityProviders key (IdentityProviderName inlined): maxLength is 129, AWS says 128',
      'LoginsMap: value is "String", AWS says "IdentityProviderToken"',
      'RoleMappingMap value (RoleMapping inlined).Type (RoleMappingType inlined): enum is ["Token"], AWS says ["Token","Rules"]',
      'servers: https://cognito-identity.cn-north-1.amazonaws.com.cn missing',
    ]);
  });
});

describe('wire statuses, held to the AWS model\'s fault flag rather than the Smithy httpError numbers', () => {
  const pathOf = (op: string) => (doc: Obj) => doc.paths[`/#X-Amz-Target=AWSCognitoIdentityService.${op}`].post;

  it('flags an error moved back under its Smithy status', () => {
    const broken = structuredClone(document);
    const post = pathOf('DescribeIdentityPool')(broken);
    const errorType = post.responses['400'].content['application/x-amz-json-1.1'].schema.properties.__type;
    errorType.enum = errorType.enum.filter((name: string) => name !== 'ResourceNotFoundException');
    post.responses['404'] = { $ref: '#/components/responses/ResourceNotFoundException' };
    broken.components.responses = { ...broken.components.responses, ResourceNotFoundException: {
      description: 'x', content: { 'application/x-amz-json-1.1': { schema: { $ref: '#/components/schemas/ResourceNotFoundException' } } },
    } };
    expect(compareWithAwsModel(broken, aws)).toEqual(['DescribeIdentityPool: error ResourceNotFoundException under 404, the wire sends 400']);
  });

  it('flags the server fault under 400', () => {
    const broken = structuredClone(document);
    const post = pathOf('GetId')(broken);
    post.responses['400'].content['application/x-amz-json-1.1'].schema.properties.__type.enum.push('InternalErrorException');
    delete post.responses['500'];
    expect(compareWithAwsModel(broken, aws)).toEqual(['GetId: error InternalErrorException under 400, the wire sends 500']);
  });

  it('declares only 200, 400 and 500, and every error with its example and the error headers', () => {
    for (const [key, item] of Object.entries(document.paths as Obj)) {
      const responses = (item as Obj).post.responses as Obj;
      expect(Object.keys(responses).sort(), key).toEqual(['200', '400', '500']);
      const union = responses['400'].content['application/x-amz-json-1.1'];
      const names: string[] = union.schema.properties.__type.enum;
      expect(Object.keys(union.examples).sort(), key).toEqual([...names].sort());
      expect(Object.keys(responses['400'].headers).sort(), key).toEqual(['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers', 'x-amzn-ErrorMessage', 'x-amzn-ErrorType', 'x-amzn-RequestId']);
    }
  });
});

describe.skipIf(!hasBotocore())('the fixture is current with the local botocore', () => {
  it('matches what `npm run refresh:aws-model` would write', () => {
    const current = toFixtureText(loadAwsModelFromBotocore());
    const committed = readFileSync(repoPath('test/fixtures/aws-model.json'), 'utf8');
    expect(committed === current, 'test/fixtures/aws-model.json differs from botocore: run `npm run refresh:aws-model`, then fix the model').toBe(true);
  });
});

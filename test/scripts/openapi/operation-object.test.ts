import { describe, expect, it } from 'vitest';
import { toIr, type IrOperation } from '../../../scripts/ir.ts';
import { toOperationObject } from '../../../scripts/openapi/operation-object.ts';
import { model } from '../../../spec/index.ts';

const ir = toIr(model);
const op = (name: string) => ir.operations.find((o) => o.name === name) as IrOperation;

describe('toOperationObject', () => {
  it('gives a public operation security [] and says it is unsigned', () => {
    const object = toOperationObject(op('GetCredentialsForIdentity'));
    expect(object.security).toEqual([]);
    expect(object.description).toMatch(/\*\*Authentication:\*\* none\./);
  });

  it('lets a signed operation inherit the SigV4 default and says so', () => {
    const object = toOperationObject(op('CreateIdentityPool'));
    expect(object).not.toHaveProperty('security');
    expect(object.description).toMatch(/Signature Version 4 \(service `cognito-identity`\)/);
  });

  it('declares the X-Amz-Target header with its single value, as const, one-item enum and default', () => {
    expect(toOperationObject(op('GetId')).parameters).toEqual([{
      name: 'X-Amz-Target',
      in: 'header',
      required: true,
      description: 'Names the operation. Fixed for this operation.',
      schema: {
        type: 'string',
        const: 'AWSCognitoIdentityService.GetId',
        enum: ['AWSCognitoIdentityService.GetId'],
        default: 'AWSCognitoIdentityService.GetId',
      },
      example: 'AWSCognitoIdentityService.GetId',
    }]);
  });

  it('names the operation after AWS, tags it, and requires the JSON 1.1 body', () => {
    const object = toOperationObject(op('ListIdentityPools'));
    expect(object).toMatchObject({
      operationId: 'ListIdentityPools',
      summary: 'List identity pools in the account',
      tags: ['Identity pools'],
      requestBody: { required: true, content: { 'application/x-amz-json-1.1': { schema: { $ref: '#/components/schemas/ListIdentityPoolsInput' } } } },
      'x-aws-pagination': { inputToken: 'NextToken', outputToken: 'NextToken', pageSize: 'MaxResults', items: 'IdentityPools' },
    });
  });

  it('publishes the effect as x-effect and says it after the authentication line', () => {
    const object = toOperationObject(op('GetId'));
    expect(object['x-effect']).toMatchObject({ state: 'creates', destructive: false, idempotent: true, sensitiveOutput: [] });
    expect(object.description).toMatch(/\*\*Authentication:\*\* none\.[^\n]*\n\n\*\*Effect:\*\* creates data and changes none; idempotent\. Despite the verb/);
  });
});

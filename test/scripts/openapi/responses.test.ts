import { describe, expect, it } from 'vitest';
import { toIr, type IrOperation } from '../../../scripts/ir.ts';
import { sharedErrorResponses, toErrorResponses, toSuccessResponse } from '../../../scripts/openapi/responses.ts';
import { model } from '../../../spec/index.ts';

const ir = toIr(model);
const op = (name: string) => ir.operations.find((o) => o.name === name) as IrOperation;
const MT = 'application/x-amz-json-1.1';

describe('toErrorResponses', () => {
  it('references a shared response where a status has one error', () => {
    expect(toErrorResponses(op('DeleteIdentities'))['500']).toEqual({ $ref: '#/components/responses/InternalErrorException' });
  });

  it('puts several errors of one status in a oneOf discriminated by __type', () => {
    const response = toErrorResponses(op('DeleteIdentities'))['400'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(response.content[MT].schema).toEqual({
      oneOf: [
        { $ref: '#/components/schemas/InvalidParameterException' },
        { $ref: '#/components/schemas/TooManyRequestsException' },
      ],
      discriminator: {
        propertyName: '__type',
        mapping: {
          InvalidParameterException: '#/components/schemas/InvalidParameterException',
          TooManyRequestsException: '#/components/schemas/TooManyRequestsException',
        },
      },
    });
    expect(Object.keys(response.content[MT].examples)).toEqual(['InvalidParameterException', 'TooManyRequestsException']);
    expect(response.description).toContain('- **TooManyRequestsException**: The account is over its request-rate quota');
    expect(response.headers).toEqual({
      'x-amzn-RequestId': { $ref: '#/components/headers/RequestId' },
      'x-amzn-ErrorType': { $ref: '#/components/headers/ErrorType' },
      'x-amzn-ErrorMessage': { $ref: '#/components/headers/ErrorMessage' },
    });
  });

  it('never uses a status outside the protocol', () => {
    const statuses = new Set(ir.operations.flatMap((o) => Object.keys(toErrorResponses(o))));
    expect([...statuses].sort()).toEqual(['400', '500']);
  });
});

describe('toSuccessResponse', () => {
  it('references the output shape and carries the examples', () => {
    const response = toSuccessResponse(op('GetId')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(response.content[MT].schema).toEqual({ $ref: '#/components/schemas/GetIdResponse' });
    expect(Object.keys(response.content[MT].examples)).toEqual(['googleUser', 'userPoolUser', 'guest']);
  });

  it('describes an operation without output as the empty object', () => {
    const response = toSuccessResponse(op('DeleteIdentityPool')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(response.content[MT].schema).toMatchObject({ type: 'object', maxProperties: 0 });
    expect(response.content[MT].examples.deletePool.value).toEqual({});
  });
});

describe('sharedErrorResponses', () => {
  it('holds exactly the errors some operation answers alone under their status', () => {
    expect(Object.keys(sharedErrorResponses(ir.operations))).toEqual(['InternalErrorException']);
  });
});

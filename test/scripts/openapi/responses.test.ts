import { describe, expect, it } from 'vitest';
import { toIr, type IrOperation } from '../../../scripts/ir.ts';
import { ERROR_MEMBERS, sharedErrorResponses, toErrorResponses, toSuccessResponse } from '../../../scripts/openapi/responses.ts';
import { model } from '../../../spec/index.ts';

const ir = toIr(model);
const op = (name: string) => ir.operations.find((o) => o.name === name) as IrOperation;
const MT = 'application/x-amz-json-1.1';

describe('toErrorResponses', () => {
  it('references a shared response where a status has one error', () => {
    expect(toErrorResponses(op('DeleteIdentities'))['500']).toEqual({ $ref: '#/components/responses/InternalErrorException' });
  });

  it('gives several errors of one status one body whose __type enum names them', () => {
    const response = toErrorResponses(op('DeleteIdentities'))['400'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(response.content[MT].schema).toMatchObject({
      type: 'object',
      required: ['__type'],
      properties: {
        __type: { type: 'string', enum: ['InvalidParameterException', 'TooManyRequestsException'] },
        message: { $ref: '#/components/schemas/String' },
      },
    });
    expect(Object.keys(response.content[MT].examples)).toEqual(['InvalidParameterException', 'TooManyRequestsException']);
    expect(response.description).toContain('- **TooManyRequestsException**: The account is over its request-rate quota');
    expect(response.headers).toEqual({
      'x-amzn-RequestId': { $ref: '#/components/headers/RequestId' },
      'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
      'Access-Control-Expose-Headers': { $ref: '#/components/headers/Access-Control-Expose-Headers' },
      'x-amzn-ErrorType': { $ref: '#/components/headers/ErrorType' },
      'x-amzn-ErrorMessage': { $ref: '#/components/headers/ErrorMessage' },
    });
  });

  it('gives the error body the members every error shape of the model has', () => {
    const errorShapes = Object.values(model.shapes).filter((s) => s.type === 'structure' && s.error);
    expect(errorShapes).toHaveLength(11);
    for (const shape of errorShapes) {
      const members = Object.fromEntries(Object.entries((shape as { members: Record<string, { shape: string }> }).members).map(([n, m]) => [n, m.shape]));
      expect(members).toEqual(Object.fromEntries(Object.entries(ERROR_MEMBERS).map(([n, m]) => [n, m.shape])));
    }
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
    expect(Object.keys(response.headers)).toEqual(['x-amzn-RequestId', 'Access-Control-Allow-Origin', 'Access-Control-Expose-Headers']);
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

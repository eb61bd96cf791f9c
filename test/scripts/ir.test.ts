import { describe, expect, it } from 'vitest';
import { groupByStatus, toIr, type IrError } from '../../scripts/ir.ts';
import { model } from '../../spec/index.ts';

const error = (name: string, status: number): IrError => ({ name, status, when: '', exampleMessage: '' });

describe('groupByStatus', () => {
  it('groups by status ascending, names in code-unit order', () => {
    const groups = groupByStatus([
      error('TooManyRequestsException', 429),
      error('LimitExceededException', 400),
      error('InvalidParameterException', 400),
      error('NotAuthorizedException', 403),
    ]);
    expect(groups.map((g) => [g.status, g.errors.map((e) => e.name)])).toEqual([
      [400, ['InvalidParameterException', 'LimitExceededException']],
      [403, ['NotAuthorizedException']],
      [429, ['TooManyRequestsException']],
    ]);
  });
});

describe('toIr', () => {
  const ir = toIr(model);
  const op = (name: string) => ir.operations.find((o) => o.name === name);

  it('orders operations by name', () => {
    const names = ir.operations.map((o) => o.name);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(23);
  });

  it('derives target, path key and signing from the protocol and the model', () => {
    expect(op('GetId')).toMatchObject({
      target: 'AWSCognitoIdentityService.GetId',
      pathKey: '/#X-Amz-Target=AWSCognitoIdentityService.GetId',
      signed: false,
    });
    expect(op('DescribeIdentityPool')?.signed).toBe(true);
  });

  it('puts each error under its wire status: the client errors under 400, the server fault under 500', () => {
    expect(op('DescribeIdentityPool')?.errors.map((g) => [g.status, g.errors.map((e) => e.name)])).toEqual([
      [400, ['InvalidParameterException', 'NotAuthorizedException', 'ResourceNotFoundException', 'TooManyRequestsException']],
      [500, ['InternalErrorException']],
    ]);
  });
});

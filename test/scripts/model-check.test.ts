import { describe, expect, it } from 'vitest';
import { checkModel } from '../../scripts/model-check.ts';
import { copyModel } from '../support/model.ts';

type Model = any; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('checkModel', () => {
  it('finds nothing wrong with the real model', () => {
    expect(checkModel(copyModel())).toEqual([]);
  });

  it.each<[string, (m: Model) => void, string]>([
    ['list member', (m) => { m.shapes.IdentityIdList.member = 'Nope'; }, "IdentityIdList.member: points at shape 'Nope', which does not exist"],
    ['map key', (m) => { m.shapes.LoginsMap.key = 'Nope'; }, "LoginsMap.key: points at shape 'Nope', which does not exist"],
    ['map value', (m) => { m.shapes.LoginsMap.value = 'Nope'; }, "LoginsMap.value: points at shape 'Nope', which does not exist"],
    ['operation input', (m) => { m.operations[0].input = 'Nope'; }, "CreateIdentityPool.input: points at shape 'Nope', which does not exist"],
    ['operation output', (m) => { m.operations[0].output = 'Nope'; }, "CreateIdentityPool.output: points at shape 'Nope', which does not exist"],
    ['unknown error', (m) => { m.operations[0].errors = ['Nope']; }, "CreateIdentityPool.errors: points at shape 'Nope', which does not exist"],
    ['error that is no error', (m) => { m.operations[0].errors = ['IdentityPool']; }, "CreateIdentityPool.errors: 'IdentityPool' is not an error shape"],
    ['member without doc', (m) => { m.shapes.GetIdInput.members.AccountId.doc = ' '; }, 'GetIdInput.AccountId: member has no doc'],
    ['long summary', (m) => { m.operations[0].summary = 'one two three four five six seven eight nine'; }, 'CreateIdentityPool.summary: 9 words, at most 8'],
    ['empty description', (m) => { m.operations[0].description = ''; }, 'CreateIdentityPool.description: empty'],
    ['unknown tag', (m) => { m.operations[0].tag = 'pools'; }, "CreateIdentityPool.tag: unknown tag 'pools'"],
    ['min above max', (m) => { m.shapes.QueryLimit.min = 61; }, 'QueryLimit: min 61 is greater than max 60'],
    ['pagination member', (m) => { m.operations.find((o: { name: string }) => o.name === 'ListIdentities').pagination.items = 'Items'; }, "ListIdentities.pagination.items: ListIdentitiesResponse has no member 'Items'"],
    ['error without prose', (m) => { delete m.errors.LimitExceededException; }, 'LimitExceededException: error has no entry in spec/errors.ts'],
    ['prose without error', (m) => { m.errors.FooException = { when: 'x', exampleMessage: 'y' }; }, 'errors.FooException: no error shape of this name'],
    ['operation without example', (m) => { m.examples.GetId = []; }, 'GetId: no example'],
    ['effect state', (m) => { m.operations[0].effect.state = 'writes'; }, "CreateIdentityPool.effect.state: 'writes' is not one of none, creates, updates, deletes"],
    ['read that is not idempotent', (m) => { m.operations[3].effect.idempotent = false; }, 'DescribeIdentity.effect: changes nothing, so it must be idempotent'],
    ['empty judgement', (m) => { m.operations[0].effect.judgement = ' '; }, 'CreateIdentityPool.effect.judgement: empty'],
    ['example without operation', (m) => { m.examples.GetIds = m.examples.GetId; }, 'examples.GetIds: no operation of this name'],
  ])('names a broken %s', (_what, breakIt, problem) => {
    const model = copyModel();
    breakIt(model);
    expect(checkModel(model)).toEqual([problem]);
  });
});

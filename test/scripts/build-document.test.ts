import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../scripts/build-document.ts';
import { ModelError } from '../../scripts/model-error.ts';
import { copyModel } from '../support/model.ts';

/** The ModelError a broken model raises; fails the test when nothing is thrown. */
function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelError);
    return (error as ModelError).problems;
  }
  throw new Error('expected a ModelError, but the document was built');
}

describe('the generator fed a broken model', () => {
  it('names a member that points at a missing shape', () => {
    const model = copyModel();
    model.shapes.GetIdInput.members.Logins.shape = 'LoginMap';
    expect(problemsOf(() => buildDocument(model))).toEqual([
      "GetIdInput.Logins: points at shape 'LoginMap', which does not exist",
    ]);
  });

  it('names an example that breaks its schema, with the member at fault', () => {
    const model = copyModel();
    model.examples.DescribeIdentityPool[0].input = { IdentityPoolId: 'not a pool id' };
    expect(problemsOf(() => buildDocument(model))).toEqual([
      "DescribeIdentityPool.input example 'photoSharePool' /IdentityPoolId: must match pattern \"^[\\w-]+:[0-9a-f-]+$\"",
    ]);
  });

  it('names a response example missing a required member', () => {
    const model = copyModel();
    delete model.examples.CreateIdentityPool[0].output.IdentityPoolId;
    expect(problemsOf(() => buildDocument(model))).toEqual([
      "CreateIdentityPool.output example 'googleAndUserPool' (root): must have required property 'IdentityPoolId'",
    ]);
  });

  it('names two operations with one name', () => {
    const model = copyModel();
    model.operations.push({ ...model.operations.find((op: { name: string }) => op.name === 'GetId') });
    expect(problemsOf(() => buildDocument(model))).toEqual(['GetId: two operations have this name']);
  });

  it('names a pattern that is not a valid regular expression', () => {
    const model = copyModel();
    model.shapes.IdentityPoolId.pattern = '[\\w-+:[0-9a-f-]+';
    const problems = problemsOf(() => buildDocument(model));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^IdentityPoolId: pattern "\[\\\\w-\+:\[0-9a-f-\]\+" is not a valid regular expression \(.+\)$/);
  });

  it('lists every problem at once, not just the first', () => {
    const model = copyModel();
    model.shapes.GetIdInput.members.Logins.shape = 'LoginMap';
    model.shapes.IdentityPoolName.doc = '';
    expect(problemsOf(() => buildDocument(model))).toEqual([
      "GetIdInput.Logins: points at shape 'LoginMap', which does not exist",
      'IdentityPoolName: shape has no doc',
    ]);
  });

  it('builds the real model without complaint', () => {
    expect(() => buildDocument(copyModel())).not.toThrow();
  });
});

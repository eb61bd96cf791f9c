import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../scripts/example-check.ts';
import { toIr } from '../../scripts/ir.ts';
import { toOpenApi } from '../../scripts/openapi/document.ts';
import { model } from '../../spec/index.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MT = 'application/x-amz-json-1.1';
const fresh = (): Obj => toOpenApi(toIr(model));
const post = (doc: Obj, op: string): Obj => doc.paths[`/#X-Amz-Target=AWSCognitoIdentityService.${op}`].post;

describe('checkExamples', () => {
  it('passes every example of the real document', () => {
    expect(checkExamples(fresh())).toEqual([]);
  });

  it('names a request example that breaks a length limit', () => {
    const doc = fresh();
    post(doc, 'GetId').requestBody.content[MT].examples.guest.value.IdentityPoolId = `us-east-1:${'a'.repeat(60)}`;
    expect(checkExamples(doc)).toEqual(["GetId.input example 'guest' /IdentityPoolId: must NOT have more than 55 characters"]);
  });

  it('names an error example whose __type is wrong, in a shared response', () => {
    const doc = fresh();
    doc.components.responses.InternalErrorException.content[MT].examples.InternalErrorException.value.__type = 'Boom';
    const problems = checkExamples(doc);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^\w+\.error 500 example 'InternalErrorException' \/__type: must be equal to constant$/);
  });

  it('names an error example that matches none of a oneOf', () => {
    const doc = fresh();
    post(doc, 'CreateIdentityPool').responses['400'].content[MT].examples.LimitExceededException.value = { message: 'no type' };
    expect(checkExamples(doc)).toContain("CreateIdentityPool.error 400 example 'LimitExceededException' (root): must match exactly one schema in oneOf");
  });

  it('names a timestamp sent as a date-time string', () => {
    const doc = fresh();
    post(doc, 'DescribeIdentity').responses['200'].content[MT].examples.googleIdentity.value.CreationDate = '2025-05-23T09:00:00Z';
    expect(checkExamples(doc)).toEqual(["DescribeIdentity.output example 'googleIdentity' /CreationDate: must be number"]);
  });
});

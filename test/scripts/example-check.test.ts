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

  it('names an error example without __type, or with one the operation does not answer', () => {
    const doc = fresh();
    const examples = post(doc, 'CreateIdentityPool').responses['400'].content[MT].examples;
    examples.LimitExceededException.value = { message: 'no type' };
    examples.NotAuthorizedException.value = { __type: 'ExternalServiceException', message: 'x' };
    expect(checkExamples(doc)).toEqual([
      "CreateIdentityPool.error 400 example 'LimitExceededException' (root): must have required property '__type'",
      "CreateIdentityPool.error 400 example 'NotAuthorizedException' /__type: must be equal to one of the allowed values",
      "CreateIdentityPool.error 400 example 'NotAuthorizedException' carries __type ExternalServiceException",
    ]);
  });

  it('names an error example filed under another error\'s name', () => {
    const doc = fresh();
    post(doc, 'CreateIdentityPool').responses['400'].content[MT].examples.LimitExceededException.value.__type = 'NotAuthorizedException';
    expect(checkExamples(doc)).toEqual(["CreateIdentityPool.error 400 example 'LimitExceededException' carries __type NotAuthorizedException"]);
  });

  it('names a timestamp sent as a date-time string', () => {
    const doc = fresh();
    post(doc, 'DescribeIdentity').responses['200'].content[MT].examples.googleIdentity.value.CreationDate = '2025-05-23T09:00:00Z';
    expect(checkExamples(doc)).toEqual(["DescribeIdentity.output example 'googleIdentity' /CreationDate: must be number"]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkWorkflows } from '../../scripts/workflows.ts';
import { model } from '../../spec/index.ts';
import { workflows } from '../../spec/workflows.ts';

describe('checkWorkflows', () => {
  it('finds nothing wrong with the real workflows', () => {
    expect(checkWorkflows(workflows, model)).toEqual([]);
  });

  it('names a step with an unknown operation or a wrong target', () => {
    const broken = structuredClone(workflows);
    (broken.workflows[0]?.steps[0] as { operationId: string }).operationId = 'CreatePool';
    (broken.workflows[1]?.steps[2] as { parameters: Array<{ value: string }> }).parameters[0]!.value = 'AWSCognitoIdentityService.GetIds';
    expect(checkWorkflows(broken, model)).toEqual([
      "workflows.federatedSignIn.createPool: operation 'CreatePool' does not exist",
      'workflows.guestAccess.getId: X-Amz-Target is "AWSCognitoIdentityService.GetIds", not AWSCognitoIdentityService.GetId',
    ]);
  });
});

/**
 * The Arazzo workflows of `spec/workflows.ts`, checked against the model (every step names a real operation
 * and sends its real `X-Amz-Target`) and written as packages/document/workflows.arazzo.yaml.
 */
import type { ServiceModel } from '../spec/model.ts';
import { TARGET_HEADER, targetOf } from '../packages/client/src/protocol.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every problem of the workflows, naming workflow and step; empty when sound. */
export function checkWorkflows(workflows: Obj, model: ServiceModel): string[] {
  const operations = new Set(model.operations.map((op) => op.name));
  return (workflows.workflows as Obj[]).flatMap((workflow) => (workflow.steps as Obj[]).flatMap((step) => {
    const place = `workflows.${workflow.workflowId}.${step.stepId}`;
    if (!operations.has(step.operationId)) return [`${place}: operation '${step.operationId}' does not exist`];
    const target = (step.parameters as Obj[] | undefined)?.find((p) => p.name === TARGET_HEADER)?.value;
    return target === targetOf(step.operationId) ? [] : [`${place}: ${TARGET_HEADER} is ${JSON.stringify(target)}, not ${targetOf(step.operationId)}`];
  }));
}

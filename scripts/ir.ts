/**
 * The normalised intermediate model between `spec/` and OpenAPI: operations with their wire target, path
 * key, signing and errors grouped by HTTP status, all decided by `packages/client/src/protocol.ts`, and their effect.
 */
import type {
  Operation, OperationExample, Pagination, Service, ServiceModel, Shape, ShapeName, Tag,
} from '../spec/model.ts';
import { errorStatus, pathKeyOf, targetOf } from '../packages/client/src/protocol.ts';
import { toIrEffect, type IrEffect } from './effect.ts';
import { checkModel } from './model-check.ts';
import { throwIfProblems } from './model-error.ts';

/** An error as one operation can raise it. */
export interface IrError {
  name: string;
  status: number;
  when: string;
  exampleMessage: string;
}

/** The errors an operation answers with one HTTP status. */
export interface IrStatusGroup {
  status: number;
  errors: readonly IrError[];
}

/** One operation, ready to become a path item. */
export interface IrOperation {
  name: string;
  target: string;
  pathKey: string;
  tag: Tag;
  summary: string;
  description: string;
  input: ShapeName;
  output?: ShapeName;
  /** The output shape's doc, which describes the success response. */
  outputDoc?: string;
  signed: boolean;
  effect: IrEffect;
  errors: readonly IrStatusGroup[];
  pagination?: Pagination;
  examples: readonly OperationExample[];
}

/** The whole service, normalised. */
export interface Ir {
  service: Service;
  shapes: Readonly<Record<ShapeName, Shape>>;
  operations: readonly IrOperation[];
  errors: Readonly<Record<ShapeName, IrError>>;
}

/** Code-unit order by name: the same in every locale. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Checks the model, then normalises it; throws a ModelError naming every problem. */
export function toIr(model: ServiceModel): Ir {
  throwIfProblems(checkModel(model));
  const errors = Object.fromEntries(Object.entries(model.errors).map(([name, doc]) => [
    name,
    { name, status: errorStatus(name), when: doc.when, exampleMessage: doc.exampleMessage },
  ]));
  const operations = [...model.operations]
    .sort(byName)
    .map((op) => toIrOperation(op, model, errors));
  return { service: model.service, shapes: model.shapes, operations, errors };
}

function toIrOperation(op: Operation, model: ServiceModel, errors: Record<string, IrError>): IrOperation {
  const tag = model.service.tags.find((t) => t.id === op.tag) as Tag;
  return {
    name: op.name,
    target: targetOf(op.name),
    pathKey: pathKeyOf(op.name),
    tag,
    summary: op.summary,
    description: op.description,
    input: op.input,
    ...(op.output === undefined ? {} : { output: op.output, outputDoc: (model.shapes[op.output] as Shape).doc }),
    signed: op.auth === 'sigv4',
    effect: toIrEffect(op.effect, op.output, model.shapes),
    errors: groupByStatus(op.errors.map((name) => errors[name] as IrError)),
    ...(op.pagination ? { pagination: op.pagination } : {}),
    examples: model.examples[op.name] ?? [],
  };
}

/** Errors grouped by status, statuses ascending, errors in name order within a status. */
export function groupByStatus(errors: readonly IrError[]): IrStatusGroup[] {
  const statuses = [...new Set(errors.map((e) => e.status))].sort((a, b) => a - b);
  return statuses.map((status) => ({
    status,
    errors: errors.filter((e) => e.status === status).sort(byName),
  }));
}

/**
 * Checks the model before anything is built from it, and names every place at fault: a reference to a
 * missing shape, a duplicate operation, a pattern that is not a valid regular expression, missing prose, an
 * effect that contradicts itself.
 */
import type { Operation, ServiceModel, Shape, ShapeName, StateChange } from '../spec/model.ts';

/** Longest intent-style summary, in words. */
export const MAX_SUMMARY_WORDS = 8;

/** All problems of a model; empty when it is sound. */
export function checkModel(model: ServiceModel): string[] {
  return [
    ...checkOperationNames(model.operations),
    ...Object.entries(model.shapes).flatMap(([name, shape]) => checkShape(name, shape, model)),
    ...model.operations.flatMap((op) => checkOperation(op, model)),
    ...checkErrorDocs(model),
    ...checkExamplesPresent(model),
  ];
}

function checkOperationNames(operations: readonly Operation[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const op of operations) {
    if (seen.has(op.name)) problems.push(`${op.name}: two operations have this name`);
    seen.add(op.name);
  }
  return problems;
}

function refProblem(place: string, target: ShapeName, model: ServiceModel): string[] {
  return model.shapes[target] ? [] : [`${place}: points at shape '${target}', which does not exist`];
}

function checkShape(name: string, shape: Shape, model: ServiceModel): string[] {
  const problems = shape.doc.trim() ? [] : [`${name}: shape has no doc`];
  switch (shape.type) {
    case 'string':
      return [...problems, ...checkPattern(name, shape.pattern), ...checkRange(name, shape.min, shape.max)];
    case 'integer':
    case 'long':
      return [...problems, ...checkRange(name, shape.min, shape.max)];
    case 'list':
      return [...problems, ...refProblem(`${name}.member`, shape.member, model), ...checkRange(name, shape.min, shape.max)];
    case 'map':
      return [
        ...problems,
        ...refProblem(`${name}.key`, shape.key, model),
        ...refProblem(`${name}.value`, shape.value, model),
        ...checkRange(name, shape.min, shape.max),
      ];
    case 'structure':
      return [...problems, ...Object.entries(shape.members).flatMap(([member, m]) => [
        ...refProblem(`${name}.${member}`, m.shape, model),
        ...(m.doc.trim() ? [] : [`${name}.${member}: member has no doc`]),
      ])];
    default:
      return problems;
  }
}

function checkPattern(name: string, pattern: string | undefined): string[] {
  if (pattern === undefined) return [];
  try {
    new RegExp(pattern, 'u');
    return [];
  } catch (error) {
    return [`${name}: pattern ${JSON.stringify(pattern)} is not a valid regular expression (${(error as Error).message})`];
  }
}

function checkRange(name: string, min: number | undefined, max: number | undefined): string[] {
  return min !== undefined && max !== undefined && min > max ? [`${name}: min ${min} is greater than max ${max}`] : [];
}

function checkOperation(op: Operation, model: ServiceModel): string[] {
  const words = op.summary.trim().split(/\s+/).length;
  return [
    ...refProblem(`${op.name}.input`, op.input, model),
    ...(op.output === undefined ? [] : refProblem(`${op.name}.output`, op.output, model)),
    ...op.errors.flatMap((e) => checkErrorRef(op.name, e, model)),
    ...(words > MAX_SUMMARY_WORDS ? [`${op.name}.summary: ${words} words, at most ${MAX_SUMMARY_WORDS}`] : []),
    ...(op.description.trim() ? [] : [`${op.name}.description: empty`]),
    ...(model.service.tags.some((t) => t.id === op.tag) ? [] : [`${op.name}.tag: unknown tag '${op.tag}'`]),
    ...checkPagination(op, model),
    ...checkEffect(op),
  ];
}

const STATE_CHANGES: readonly StateChange[] = ['none', 'creates', 'updates', 'deletes'];

/** A call that changes nothing is idempotent by definition; notes, when present, say something. */
function checkEffect(op: Operation): string[] {
  const { state, idempotent, why, judgement } = op.effect;
  if (!STATE_CHANGES.includes(state)) return [`${op.name}.effect.state: '${state}' is not one of ${STATE_CHANGES.join(', ')}`];
  return [
    ...(state === 'none' && !idempotent ? [`${op.name}.effect: changes nothing, so it must be idempotent`] : []),
    ...(why !== undefined && !why.trim() ? [`${op.name}.effect.why: empty`] : []),
    ...(judgement !== undefined && !judgement.trim() ? [`${op.name}.effect.judgement: empty`] : []),
  ];
}

function checkErrorRef(opName: string, errorName: ShapeName, model: ServiceModel): string[] {
  const shape = model.shapes[errorName];
  if (!shape) return [`${opName}.errors: points at shape '${errorName}', which does not exist`];
  return shape.type === 'structure' && shape.error ? [] : [`${opName}.errors: '${errorName}' is not an error shape`];
}

function membersOf(model: ServiceModel, shapeName: ShapeName | undefined): Record<string, unknown> {
  const shape = shapeName === undefined ? undefined : model.shapes[shapeName];
  return shape?.type === 'structure' ? shape.members : {};
}

function checkPagination(op: Operation, model: ServiceModel): string[] {
  if (!op.pagination) return [];
  const input = membersOf(model, op.input);
  const output = membersOf(model, op.output);
  const { inputToken, outputToken, pageSize, items } = op.pagination;
  return [
    ...(inputToken in input ? [] : [`${op.name}.pagination.inputToken: ${op.input} has no member '${inputToken}'`]),
    ...(pageSize in input ? [] : [`${op.name}.pagination.pageSize: ${op.input} has no member '${pageSize}'`]),
    ...(outputToken in output ? [] : [`${op.name}.pagination.outputToken: ${op.output} has no member '${outputToken}'`]),
    ...(items in output ? [] : [`${op.name}.pagination.items: ${op.output} has no member '${items}'`]),
  ];
}

function checkErrorDocs(model: ServiceModel): string[] {
  const errorShapes = Object.entries(model.shapes)
    .filter(([, s]) => s.type === 'structure' && s.error)
    .map(([name]) => name);
  return [
    ...errorShapes.filter((name) => !model.errors[name]).map((name) => `${name}: error has no entry in spec/errors.ts`),
    ...Object.keys(model.errors).filter((name) => !errorShapes.includes(name))
      .map((name) => `errors.${name}: no error shape of this name`),
  ];
}

function checkExamplesPresent(model: ServiceModel): string[] {
  const names = new Set(model.operations.map((op) => op.name));
  return [
    ...model.operations.filter((op) => !(model.examples[op.name]?.length)).map((op) => `${op.name}: no example`),
    ...Object.keys(model.examples).filter((name) => !names.has(name)).map((name) => `examples.${name}: no operation of this name`),
  ];
}

/**
 * Shape -> JSON Schema 2020-12 Schema Object (OpenAPI 3.1 §4.8.24). Every shape becomes one component;
 * members reference their target shape and carry their own description beside the `$ref` (allowed in 3.1).
 */
import type { ListShape, MapShape, Shape, StringShape, StructureShape } from '../../spec/model.ts';
import { anchorPattern } from '../../packages/client/src/protocol.ts';
import { schemaRef } from './refs.ts';

/** A JSON Schema object, as written into the document. */
export type SchemaObject = Record<string, unknown>;

/** Every shape by name, to inline the shapes a map holds. */
export type Shapes = Readonly<Record<string, Shape | undefined>>;

/** The component schema of one shape; `shapes` resolves the key and value shapes a map inlines. */
export function toSchemaObject(name: string, shape: Shape, shapes: Shapes = {}): SchemaObject {
  switch (shape.type) {
    case 'string': return stringSchema(shape);
    case 'boolean': return { type: 'boolean', description: shape.doc };
    case 'integer': return numberSchema('int32', shape.doc, shape.min, shape.max);
    case 'long': return numberSchema('int64', shape.doc, shape.min, shape.max);
    // Epoch seconds with an optional fraction: a JSON number, never a date-time string (packages/client/src/protocol.ts).
    case 'timestamp': return { type: 'number', description: shape.doc };
    case 'list': return listSchema(shape);
    case 'map': return mapSchema(shape, shapes);
    case 'structure': return shape.error ? errorSchema(name, shape) : structureSchema(shape);
  }
}

function stringSchema(shape: StringShape): SchemaObject {
  return {
    type: 'string',
    description: shape.doc,
    ...(shape.enum ? { enum: [...shape.enum] } : {}),
    ...(shape.min !== undefined ? { minLength: shape.min } : {}),
    ...(shape.max !== undefined ? { maxLength: shape.max } : {}),
    // AWS matches the whole value; JSON Schema matches anywhere: publish the pattern anchored (packages/client/src/protocol.ts).
    ...(shape.pattern !== undefined ? { pattern: anchorPattern(shape.pattern) } : {}),
    ...(shape.sensitive ? { 'x-aws-sensitive': true } : {}),
  };
}

function numberSchema(format: 'int32' | 'int64', doc: string, min?: number, max?: number): SchemaObject {
  return {
    type: 'integer',
    format,
    description: doc,
    ...(min !== undefined ? { minimum: min } : {}),
    ...(max !== undefined ? { maximum: max } : {}),
  };
}

function listSchema(shape: ListShape): SchemaObject {
  return {
    type: 'array',
    description: shape.doc,
    items: schemaRef(shape.member),
    ...(shape.min !== undefined ? { minItems: shape.min } : {}),
    ...(shape.max !== undefined ? { maxItems: shape.max } : {}),
  };
}

/**
 * A shape's schema with every `$ref` beneath it replaced by the target's schema, named by `title`. Generic
 * OpenAPI->MCP servers (@ivotoby/openapi-mcp-server) resolve `$ref`s under `properties` and `items` only, so a
 * `$ref` inside a map's `propertyNames` or `additionalProperties` reaches the tool's input schema dangling.
 */
export function inlineShape(name: string, shapes: Shapes): SchemaObject {
  const shape = shapes[name];
  if (!shape) throw new Error(`${name}: no such shape to inline`);
  return { title: name, ...inlineRefs(toSchemaObject(name, shape, shapes), shapes) as SchemaObject };
}

function inlineRefs(node: unknown, shapes: Shapes): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineRefs(item, shapes));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as SchemaObject;
  const inner = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, inlineRefs(value, shapes)]));
  return typeof $ref === 'string' ? { ...inlineShape($ref.split('/').pop() as string, shapes), ...inner } : inner;
}

/** Maps are JSON objects: `propertyNames` carries the key shape's constraints; key and value shapes inlined. */
function mapSchema(shape: MapShape, shapes: Shapes): SchemaObject {
  return {
    type: 'object',
    description: shape.doc,
    propertyNames: inlineShape(shape.key, shapes),
    additionalProperties: inlineShape(shape.value, shapes),
    ...(shape.min !== undefined ? { minProperties: shape.min } : {}),
    ...(shape.max !== undefined ? { maxProperties: shape.max } : {}),
  };
}

function structureSchema(shape: StructureShape): SchemaObject {
  const required = Object.entries(shape.members).filter(([, m]) => m.required).map(([name]) => name);
  return {
    type: 'object',
    description: shape.doc,
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(Object.entries(shape.members).map(([name, m]) => [
      name,
      { ...schemaRef(m.shape), description: m.doc },
    ])),
  };
}

/**
 * Error shapes gain the `__type` the wire carries (packages/client/src/protocol.ts `errorBody`): a `const`, and
 * the same value as a one-item `enum` for generators that ignore `const` (typed-openapi, openapi-zod-client).
 */
function errorSchema(name: string, shape: StructureShape): SchemaObject {
  const base = structureSchema(shape);
  return {
    ...base,
    required: ['__type'],
    properties: {
      __type: { type: 'string', const: name, enum: [name], description: 'The error name.' },
      ...(base.properties as SchemaObject),
    },
  };
}

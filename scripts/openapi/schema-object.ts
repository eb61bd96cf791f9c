/**
 * Shape -> JSON Schema 2020-12 Schema Object (OpenAPI 3.1 §4.8.24). Every shape becomes one component;
 * members reference their target shape and carry their own description beside the `$ref` (allowed in 3.1).
 */
import type { ListShape, MapShape, Shape, StringShape, StructureShape } from '../../spec/model.ts';
import { anchorPattern } from '../../packages/client/src/protocol.ts';
import { schemaRef } from './refs.ts';

/** A JSON Schema object, as written into the document. */
export type SchemaObject = Record<string, unknown>;

/** The component schema of one shape. */
export function toSchemaObject(name: string, shape: Shape): SchemaObject {
  switch (shape.type) {
    case 'string': return stringSchema(shape);
    case 'boolean': return { type: 'boolean', description: shape.doc };
    case 'integer': return numberSchema('int32', shape.doc, shape.min, shape.max);
    case 'long': return numberSchema('int64', shape.doc, shape.min, shape.max);
    // Epoch seconds with an optional fraction: a JSON number, never a date-time string (packages/client/src/protocol.ts).
    case 'timestamp': return { type: 'number', description: shape.doc };
    case 'list': return listSchema(shape);
    case 'map': return mapSchema(shape);
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

/** Maps are JSON objects: `propertyNames` carries the key shape's constraints. */
function mapSchema(shape: MapShape): SchemaObject {
  return {
    type: 'object',
    description: shape.doc,
    propertyNames: schemaRef(shape.key),
    additionalProperties: schemaRef(shape.value),
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

/** Error shapes gain the `__type` discriminator the wire carries (packages/client/src/protocol.ts `errorBody`). */
function errorSchema(name: string, shape: StructureShape): SchemaObject {
  const base = structureSchema(shape);
  return {
    ...base,
    required: ['__type'],
    properties: {
      __type: { type: 'string', const: name, description: 'The error name.' },
      ...(base.properties as SchemaObject),
    },
  };
}

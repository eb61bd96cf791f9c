/**
 * JSON Schema 2020-12 validation of values against the document's component schemas (ajv, strict mode).
 * OpenAPI's own keywords and the project's `x-` extensions are annotations, not assertions. Used by the
 * generator's example check and by the mock's request validation.
 *
 * A string's pattern is tried only once its length bounds hold (lengthBeforePattern), whatever order the
 * validator evaluates keywords in: a value far over its limit is refused for its length without ever reaching
 * a regular expression. Choice: AWS may list the pattern failure of such a value too; this reports the length.
 */
import { Ajv2020, type ErrorObject, type FuncKeywordDefinition } from 'ajv/dist/2020.js';
import type { DataValidateFunction } from 'ajv/dist/types/index.js';

/** One way a value breaks its schema. */
export interface SchemaIssue {
  /** Path segments from the root of the value to the place at fault. */
  path: string[];
  /** The JSON Schema keyword that failed: `required`, `pattern`, `maxLength`, ... */
  keyword: string;
  /** The keyword's parameters from ajv (`missingProperty`, `limit`, `pattern`, `allowedValues`, ...). */
  params: Record<string, unknown>;
  /** The schema's value for the keyword (the pattern, the limit, the enum ...). */
  schema: unknown;
  /** ajv's sentence, such as `must match pattern "..."`. */
  message: string;
}

/** Validates a value against a schema that may reference the document's components. */
export type Validate = (schema: object, value: unknown) => SchemaIssue[];

const DOCUMENT_ID = 'urn:cognito-identity-openapi:document';

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** A validator that resolves `#/components/...` references inside `document`. */
export function createValidator(document: { components?: unknown }): Validate {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: false, discriminator: false });
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addKeyword({ keyword: 'x-aws-sensitive' });
  ajv.addKeyword({ keyword: 'components' });
  ajv.addKeyword(guardedPatternKeyword());
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addSchema({ $id: DOCUMENT_ID, components: lengthBeforePattern(document.components) });
  // Compiled once per schema text; looked up by the schema object first, so a request's schema (the same
  // object every call) costs no serialising (a hot path: every request of the mock and the emulator).
  const byText = new Map<string, ReturnType<typeof ajv.compile>>();
  const byObject = new WeakMap<object, ReturnType<typeof ajv.compile>>();
  const compiled = (schema: object) => {
    let validate = byObject.get(schema);
    if (validate) return validate;
    const key = JSON.stringify(schema);
    validate = byText.get(key) ?? ajv.compile(absolutise(schema));
    byText.set(key, validate);
    byObject.set(schema, validate);
    return validate;
  };
  return (schema, value) => {
    const validate = compiled(schema);
    return validate(value) ? [] : (validate.errors ?? []).map(toIssue);
  };
}

/** The keyword that stands for `pattern` beside a `maxLength`: the pattern, tried only within that length. */
const GUARDED_PATTERN = 'x-pattern-within-length';

/**
 * A copy of a schema tree in which every `pattern` beside a `maxLength` only applies to values within that
 * length: `{maxLength: n, pattern: p}` becomes `{maxLength: n, 'x-pattern-within-length': {pattern: p, maxLength: n}}`.
 */
export function lengthBeforePattern(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lengthBeforePattern);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, lengthBeforePattern(value)]));
  if (typeof copy.pattern !== 'string' || typeof copy.maxLength !== 'number') return copy;
  const { pattern, ...rest } = copy;
  return { ...rest, [GUARDED_PATTERN]: { pattern, maxLength: copy.maxLength } };
}

/** Code points in a string, counted only as far as needed to know whether there are more than `max`. */
function withinLength(value: string, max: number): boolean {
  if (value.length <= max) return true;
  if (value.length > 2 * max) return false; // every code point takes one or two UTF-16 units
  return [...value].length <= max;
}

/** The guarded pattern keyword: reports a failure as an ordinary `pattern` failure (see toIssue). */
function guardedPatternKeyword(): FuncKeywordDefinition {
  return {
    keyword: GUARDED_PATTERN,
    type: 'string',
    schemaType: 'object',
    errors: true,
    compile(schema: { pattern: string; maxLength: number }) {
      const regex = new RegExp(schema.pattern, 'u');
      const validate: DataValidateFunction = (value: string) => {
        validate.errors = undefined;
        if (!withinLength(value, schema.maxLength) || regex.test(value)) return true;
        validate.errors = [{ keyword: 'pattern', params: { pattern: schema.pattern }, message: `must match pattern "${schema.pattern}"` }];
        return false;
      };
      return validate;
    },
  };
}

/** Rewrites local `#/components/...` refs so they resolve inside the registered document. */
function absolutise(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key, v: unknown) =>
    key === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOCUMENT_ID}${v}` : v);
}

function toIssue(raw: ErrorObject): SchemaIssue {
  const error = raw.keyword === GUARDED_PATTERN ? { ...raw, keyword: 'pattern', schema: raw.params.pattern } : raw;
  const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const extra = error.keyword === 'additionalProperties'
    ? ` '${(error.params as { additionalProperty: string }).additionalProperty}'` : '';
  return { path, keyword: error.keyword, params: error.params, schema: error.schema, message: `${error.message ?? error.keyword}${extra}` };
}

/** `<instance path>: <message>`, the form the generator reports. */
export function describeIssue(issue: SchemaIssue): string {
  return `${issue.path.length ? `/${issue.path.join('/')}` : '(root)'}: ${issue.message}`;
}

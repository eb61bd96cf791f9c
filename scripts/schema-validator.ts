/**
 * JSON Schema 2020-12 validation of values against the document's component schemas (ajv, strict mode).
 * OpenAPI's own keywords and the project's `x-` extensions are annotations, not assertions.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

/** A value's problems against one schema: `<instance path>: <message>`; empty when valid. */
export type Validate = (schema: object, value: unknown) => string[];

const DOCUMENT_ID = 'urn:cognito-identity-openapi:document';

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** A validator that resolves `#/components/...` references inside `document`. */
export function createValidator(document: { components?: unknown }): Validate {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: false, discriminator: false });
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addKeyword({ keyword: 'x-aws-sensitive' });
  ajv.addKeyword({ keyword: 'components' });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  const cache = new Map<string, ReturnType<typeof ajv.compile>>();
  return (schema, value) => {
    const key = JSON.stringify(schema);
    let validate = cache.get(key);
    if (!validate) {
      validate = ajv.compile(absolutise(schema));
      cache.set(key, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(describeError);
  };
}

/** Rewrites local `#/components/...` refs so they resolve inside the registered document. */
function absolutise(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key, v: unknown) =>
    key === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${DOCUMENT_ID}${v}` : v);
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra = error.keyword === 'additionalProperties'
    ? ` '${(error.params as { additionalProperty: string }).additionalProperty}'` : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

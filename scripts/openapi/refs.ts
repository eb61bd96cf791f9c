/** JSON pointers into the OpenAPI document's components. */

/** `$ref` of a shape's component schema. */
export function schemaRef(shape: string): { $ref: string } {
  return { $ref: `#/components/schemas/${shape}` };
}

/** `$ref` of a shared response. */
export function responseRef(name: string): { $ref: string } {
  return { $ref: `#/components/responses/${name}` };
}

/** `$ref` of a shared header. */
export function headerRef(name: string): { $ref: string } {
  return { $ref: `#/components/headers/${name}` };
}

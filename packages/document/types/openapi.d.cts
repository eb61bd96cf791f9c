/**
 * Types of `cognito-identity-openapi-document/openapi.json`: the top level of the OpenAPI 3.1 document, as
 * written (a tarball test type-checks the JSON against it). Operation types with their inputs and outputs are
 * the client package's (`paths`, `Input<...>`, `Output<...>` from `cognito-identity-openapi`).
 * Import with `with { type: 'json' }`, or read the file (`import.meta.resolve`) and parse it.
 */

// CommonJS-style declarations (`export =`): a JSON module is one value, its default export under Node.
declare namespace document {
  /** A JSON Schema 2020-12 object, as the document's components hold them. */
  export type JsonSchema = { readonly [keyword: string]: unknown };

  /** An OpenAPI object that may carry `x-` extensions. */
  export type Extensible = { readonly [extension: `x-${string}`]: unknown };

  /** The document's operations: one path per operation, keyed by its `X-Amz-Target` (the fragment never goes on the wire). */
  export type OperationPath = `/#X-Amz-Target=AWSCognitoIdentityService.${string}`;

  /** The OpenAPI 3.1 document of Amazon Cognito Identity (API 2014-06-30). */
  export interface CognitoIdentityOpenApiDocument {
    readonly openapi: string;
    readonly jsonSchemaDialect: string;
    readonly info: Extensible & {
      readonly title: string;
      readonly version: string;
      readonly summary?: string;
      readonly description?: string;
      readonly license?: { readonly name: string; readonly identifier?: string; readonly url?: string };
      readonly contact?: { readonly name?: string; readonly url?: string; readonly email?: string };
    };
    readonly externalDocs?: { readonly url: string; readonly description?: string };
    readonly servers: readonly {
      readonly url: string;
      readonly description?: string;
      readonly variables?: { readonly [name: string]: { readonly default: string; readonly enum?: readonly string[]; readonly description?: string } };
    }[];
    readonly security: readonly { readonly [scheme: string]: readonly string[] }[];
    readonly tags: readonly { readonly name: string; readonly description?: string }[];
    readonly paths: { readonly [path: OperationPath]: { readonly post: Extensible & { readonly operationId: string; readonly [field: string]: unknown } } };
    readonly components: {
      readonly schemas: { readonly [name: string]: JsonSchema };
      readonly responses: { readonly [name: string]: unknown };
      readonly headers: { readonly [name: string]: unknown };
      readonly securitySchemes: { readonly [name: string]: unknown };
    };
  }
}

declare const document: document.CognitoIdentityOpenApiDocument;
export = document;

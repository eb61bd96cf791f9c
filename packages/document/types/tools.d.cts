/**
 * Types of `cognito-identity-openapi-document/tools.json`: one MCP tool per operation, in the shape of MCP's
 * `tools/list` result (a tarball test type-checks the JSON against it). Import with `with { type: 'json' }`.
 */

// CommonJS-style declarations (`export =`): a JSON module is one value, its default export under Node.
declare namespace catalogue {
  /** A self-contained JSON Schema 2020-12 object (its `$defs` inside). */
  export type JsonSchema = { readonly [keyword: string]: unknown };

  /** One tool: an operation, its input and output schemas and the hints MCP hosts read. */
  export interface CognitoIdentityTool {
    readonly name: string;
    readonly title: string;
    readonly description: string;
    readonly inputSchema: JsonSchema;
    readonly outputSchema: JsonSchema;
    readonly annotations: {
      readonly title: string;
      readonly readOnlyHint: boolean;
      readonly destructiveHint: boolean;
      readonly idempotentHint: boolean;
      readonly openWorldHint: boolean;
    };
  }

  /** The catalogue: a comment saying how it was made, and the tools. */
  export interface CognitoIdentityToolCatalogue {
    readonly $comment: string;
    readonly tools: readonly CognitoIdentityTool[];
  }
}

declare const catalogue: catalogue.CognitoIdentityToolCatalogue;
export = catalogue;

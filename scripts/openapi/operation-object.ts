/**
 * IR operation -> Path Item (OpenAPI 3.1 §4.8.9) under its pseudo-path key: one `post` with the
 * `X-Amz-Target` header parameter, the JSON 1.1 request body, its success and error responses, and its effect.
 */
import { MEDIA_TYPE, SIGNING_NAME, TARGET_HEADER } from '../../packages/client/src/protocol.ts';
import type { IrOperation } from '../ir.ts';
import { toCodeSamples } from './code-samples.ts';
import { effectSentence, toEffectExtension } from './effect-extension.ts';
import { schemaRef } from './refs.ts';
import { toErrorResponses, toSuccessResponse } from './responses.ts';
import type { SchemaObject } from './schema-object.ts';

/** The sentence that tells whether a call is signed, derived from the model's `auth`. */
export function authSentence(signed: boolean): string {
  return signed
    ? `**Authentication:** signed with AWS Signature Version 4 (service \`${SIGNING_NAME}\`) using developer credentials.`
    : '**Authentication:** none. Call it without an AWS signature, straight from an end user\'s app.';
}

/**
 * The required `X-Amz-Target` header with its single value: `const` for JSON Schema 2020-12 readers, the same
 * value as a one-item `enum` (typed-openapi, openapi-zod-client) and as `default` (openapi-to-postmanv2, which
 * fills the header from it) for tools that ignore `const`.
 */
export function targetParameter(op: IrOperation): SchemaObject {
  return {
    name: TARGET_HEADER,
    in: 'header',
    required: true,
    description: 'Names the operation. Fixed for this operation.',
    schema: { type: 'string', const: op.target, enum: [op.target], default: op.target },
    example: op.target,
  };
}

/** The generated paragraphs after the model's description: authentication, then effect. */
export function descriptionOf(op: IrOperation): string {
  return `${op.description.trim()}\n\n${authSentence(op.signed)}\n\n${effectSentence(op.effect)}`;
}

/** The `post` Operation Object of one operation. */
export function toOperationObject(op: IrOperation): SchemaObject {
  return {
    operationId: op.name,
    summary: op.summary,
    description: descriptionOf(op),
    tags: [op.tag.name],
    parameters: [targetParameter(op)],
    requestBody: {
      required: true,
      content: {
        [MEDIA_TYPE]: {
          schema: schemaRef(op.input),
          examples: Object.fromEntries(op.examples.map((ex) => [ex.name, { summary: ex.summary, value: ex.input }])),
        },
      },
    },
    responses: { '200': toSuccessResponse(op), ...toErrorResponses(op) },
    ...(op.signed ? {} : { security: [] }),
    ...(op.pagination ? { 'x-aws-pagination': op.pagination } : {}),
    'x-effect': toEffectExtension(op.effect),
    'x-codeSamples': toCodeSamples(op),
  };
}

/** The Path Item of one operation. */
export function toPathItem(op: IrOperation): SchemaObject {
  return { post: toOperationObject(op) };
}

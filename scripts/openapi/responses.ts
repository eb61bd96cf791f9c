/**
 * Response Objects (OpenAPI 3.1 §4.8.17): the 200 response of each operation and its errors under their wire
 * status codes (400 for client errors, 500 for the server fault: packages/client/src/protocol.ts). A status with one error
 * references a shared response; a status with several gets a `oneOf` discriminated by `__type`, with one
 * named example per error, never an invented status code.
 */
import {
  EMPTY_OUTPUT, ERROR_MESSAGE_HEADER, ERROR_TYPE_HEADER, MEDIA_TYPE, REQUEST_ID_HEADER, errorBody,
} from '../../packages/client/src/protocol.ts';
import type { IrError, IrOperation, IrStatusGroup } from '../ir.ts';
import { headerRef, responseRef, schemaRef } from './refs.ts';
import type { SchemaObject } from './schema-object.ts';

/** Shared headers: every response has a request id, every error response its error name. */
export const headerComponents = {
  RequestId: {
    description: 'The id AWS gives the request; quote it when asking AWS Support about a call.',
    required: true,
    schema: { type: 'string' },
  },
  ErrorType: {
    description: 'The error name followed by `:` (sometimes by `:` and a URI); it repeats `__type` from the body.',
    required: true,
    schema: { type: 'string' },
  },
  ErrorMessage: {
    description: 'The error\'s message, as in the body\'s `message`; characters a header cannot carry become `?`.',
    required: false,
    schema: { type: 'string' },
  },
};

const successHeaders = { [REQUEST_ID_HEADER]: headerRef('RequestId') };
const errorHeaders = { ...successHeaders, [ERROR_TYPE_HEADER]: headerRef('ErrorType'), [ERROR_MESSAGE_HEADER]: headerRef('ErrorMessage') };

/** The schema of operations that return nothing: the empty object `{}`. */
const emptyOutputSchema = {
  type: 'object',
  description: 'This operation returns an empty JSON object.',
  maxProperties: 0,
};

/** The 200 response of an operation, with its examples. */
export function toSuccessResponse(op: IrOperation): SchemaObject {
  return {
    description: op.outputDoc ?? 'Success; the body is an empty JSON object.',
    headers: successHeaders,
    content: {
      [MEDIA_TYPE]: {
        schema: op.output ? schemaRef(op.output) : emptyOutputSchema,
        examples: Object.fromEntries(op.examples.map((ex) => [
          ex.name,
          { summary: ex.summary, value: op.output ? ex.output : EMPTY_OUTPUT },
        ])),
      },
    },
  };
}

function errorExample(error: IrError): SchemaObject {
  return { summary: error.name, value: errorBody(error.name, error.exampleMessage) };
}

/** The shared response of one error. */
export function toErrorResponse(error: IrError): SchemaObject {
  return {
    description: `${error.name}: ${error.when}`,
    headers: errorHeaders,
    content: {
      [MEDIA_TYPE]: {
        schema: schemaRef(error.name),
        examples: { [error.name]: errorExample(error) },
      },
    },
  };
}

/** The response of a status shared by several errors: a `oneOf` discriminated by `__type`. */
function toErrorUnionResponse(group: IrStatusGroup): SchemaObject {
  return {
    description: ['One of these errors:', ...group.errors.map((e) => `- **${e.name}**: ${e.when}`)].join('\n'),
    headers: errorHeaders,
    content: {
      [MEDIA_TYPE]: {
        schema: {
          oneOf: group.errors.map((e) => schemaRef(e.name)),
          discriminator: {
            propertyName: '__type',
            mapping: Object.fromEntries(group.errors.map((e) => [e.name, schemaRef(e.name).$ref])),
          },
        },
        examples: Object.fromEntries(group.errors.map((e) => [e.name, errorExample(e)])),
      },
    },
  };
}

/** The error responses of an operation, keyed by status code. */
export function toErrorResponses(op: IrOperation): Record<string, SchemaObject> {
  return Object.fromEntries(op.errors.map((group) => [
    String(group.status),
    group.errors.length === 1 ? responseRef((group.errors[0] as IrError).name) : toErrorUnionResponse(group),
  ]));
}

/** Errors that some operation answers alone under their status, and so need a shared response. */
export function sharedErrorResponses(operations: readonly IrOperation[]): Record<string, SchemaObject> {
  const alone = operations.flatMap((op) => op.errors.filter((g) => g.errors.length === 1).map((g) => g.errors[0] as IrError));
  const byName = new Map(alone.map((e) => [e.name, e]));
  return Object.fromEntries([...byName.keys()].sort().map((name) => [name, toErrorResponse(byName.get(name) as IrError)]));
}

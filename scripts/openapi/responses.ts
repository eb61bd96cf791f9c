/**
 * Response Objects (OpenAPI 3.1 §4.8.17): the 200 response of each operation and its errors under their wire
 * status codes (400 for client errors, 500 for the server fault: packages/client/src/protocol.ts). A status with one error
 * references a shared response; a status with several gets one error body whose `__type` is an `enum` of
 * those errors, with one named example and one line of prose per error, never an invented status code. Every
 * error of the service has the same members, so one body says as much as a `oneOf` of the error shapes, and
 * generators and agents read it without polymorphism (measured with `redocly score`: bench/README.md).
 */
import {
  CORS_RESPONSE_HEADERS, EMPTY_OUTPUT, ERROR_MESSAGE_HEADER, ERROR_TYPE_HEADER, MEDIA_TYPE, REQUEST_ID_HEADER, errorBody,
} from '../../packages/client/src/protocol.ts';
import type { IrError, IrOperation, IrStatusGroup } from '../ir.ts';
import { headerRef, responseRef, schemaRef } from './refs.ts';
import type { SchemaObject } from './schema-object.ts';

/**
 * The component name of a CORS response header: the header's own name, which is where scanners look for it
 * (the OWASP ruleset's define-cors-origin reads every `headers` map, `components.headers` included).
 */
function corsComponentName(header: string): string {
  return header;
}

const corsDescriptions: Record<string, string> = {
  'Access-Control-Allow-Origin': 'CORS: any origin may read the answer, so browser apps call the service directly.',
  'Access-Control-Expose-Headers': 'CORS: the response headers a browser script may read (request id, error name and message, date).',
};

/** The CORS headers the service sends on every answer (packages/client/src/protocol.ts `CORS_RESPONSE_HEADERS`). */
const corsHeaderComponents = Object.fromEntries(Object.entries(CORS_RESPONSE_HEADERS).map(([header, value]) => [
  corsComponentName(header),
  { description: corsDescriptions[header] ?? 'CORS.', required: true, schema: { type: 'string' }, example: value },
]));

/** Shared headers: every response has a request id and the CORS headers, every error response its error name. */
export const headerComponents = {
  ...corsHeaderComponents,
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

const corsHeaders = Object.fromEntries(Object.keys(CORS_RESPONSE_HEADERS).map((h) => [h, headerRef(corsComponentName(h))]));
const successHeaders = { [REQUEST_ID_HEADER]: headerRef('RequestId'), ...corsHeaders };
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

/**
 * The members every error shape of the model has (`message`, a `String`), checked against the model in
 * test/scripts/openapi/responses.test.ts.
 */
export const ERROR_MEMBERS = { message: { shape: 'String' } };

/** The body of a status shared by several errors: one object whose `__type` is one of their names. */
export function toErrorBodySchema(group: IrStatusGroup): SchemaObject {
  return {
    type: 'object',
    description: `The error body. \`__type\` names the error (one of ${group.errors.length}); switch on it, never parse \`message\`.`,
    required: ['__type'],
    properties: {
      __type: { type: 'string', enum: group.errors.map((e) => e.name), description: 'The error name.' },
      // A bare `$ref`: a description beside it would make each operation's copy a schema of its own to scanners.
      ...Object.fromEntries(Object.entries(ERROR_MEMBERS).map(([name, m]) => [name, schemaRef(m.shape)])),
    },
  };
}

/** The response of a status shared by several errors: one error body, an example and a line of prose per error. */
function toErrorUnionResponse(group: IrStatusGroup): SchemaObject {
  return {
    description: ['One of these errors, named by `__type`:', ...group.errors.map((e) => `- **${e.name}**: ${e.when}`)].join('\n'),
    headers: errorHeaders,
    content: {
      [MEDIA_TYPE]: {
        schema: toErrorBodySchema(group),
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

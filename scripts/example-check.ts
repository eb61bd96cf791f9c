/**
 * Checks every example in the document against the schema beside it: request bodies, success responses and
 * error responses (and that an error example is named after the `__type` it carries, since one error body
 * serves several errors). Problems name the operation, the example and the member: a broken example never ships.
 */
import { MEDIA_TYPE, operationOfPathKey } from '../packages/client/src/protocol.ts';
import type { SchemaObject } from './openapi/schema-object.ts';
import { createValidator, describeIssue, type Validate } from '../packages/server/src/schema-validator.ts';

interface MediaTypeObject {
  schema: object;
  examples?: Record<string, { value: unknown }>;
}

/** All problems of the document's examples; empty when every example is valid. */
export function checkExamples(document: SchemaObject): string[] {
  const validate = createValidator(document);
  const paths = document.paths as Record<string, { post: SchemaObject }>;
  return Object.entries(paths).flatMap(([key, item]) => {
    const op = operationOfPathKey(key) ?? key;
    const post = item.post;
    const request = (post.requestBody as { content: Record<string, MediaTypeObject> }).content[MEDIA_TYPE];
    const responses = post.responses as Record<string, SchemaObject>;
    return [
      ...checkMedia(validate, `${op}.input`, request),
      ...Object.entries(responses).flatMap(([status, response]) =>
        checkMedia(validate, `${op}.${status === '200' ? 'output' : `error ${status}`}`, mediaOf(document, response))),
    ];
  });
}

function mediaOf(document: SchemaObject, response: SchemaObject): MediaTypeObject | undefined {
  const resolved = typeof response.$ref === 'string' ? resolvePointer(document, response.$ref) : response;
  return (resolved.content as Record<string, MediaTypeObject> | undefined)?.[MEDIA_TYPE];
}

function resolvePointer(document: SchemaObject, ref: string): SchemaObject {
  return ref.slice(2).split('/').reduce<SchemaObject>((node, part) => node[part] as SchemaObject, document);
}

function checkMedia(validate: Validate, place: string, media: MediaTypeObject | undefined): string[] {
  if (!media) return [`${place}: no ${MEDIA_TYPE} content`];
  return Object.entries(media.examples ?? {}).flatMap(([name, example]) => [
    ...validate(media.schema, example.value).map((issue) => `${place} example '${name}' ${describeIssue(issue)}`),
    ...(place.includes('.error ') ? checkErrorName(place, name, example.value) : []),
  ]);
}

function checkErrorName(place: string, name: string, value: unknown): string[] {
  const type = (value as { __type?: unknown } | null)?.__type;
  return typeof type === 'string' && type !== name ? [`${place} example '${name}' carries __type ${type}`] : [];
}

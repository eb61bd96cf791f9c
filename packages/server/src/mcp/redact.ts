/**
 * Secrets out of tool results: an output is walked along its schema in the published document, and every
 * string whose schema says `x-aws-sensitive: true` (AWS's `sensitive` trait) is replaced by a notice. No list
 * of member names is kept here; the document decides.
 */
import { MEDIA_TYPE, pathKeyOf } from 'cognito-identity-openapi/protocol';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a redacted value reads, and how to get it in full. */
export const REDACTED = '<redacted: start with --reveal-secrets>';

const COMPONENT = '#/components/schemas/';

function resolve(schema: Obj | undefined, document: Obj): Obj | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT)) return schema;
  return resolve(document.components?.schemas?.[ref.slice(COMPONENT.length)], document);
}

/** A copy of `value` with every sensitive string replaced, following `schema` (refs resolved in `document`). */
export function redactBySchema(value: unknown, schema: Obj | undefined, document: Obj): unknown {
  const resolved = resolve(schema, document);
  if (!resolved) return value;
  if (typeof value === 'string') return resolved['x-aws-sensitive'] === true ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => redactBySchema(item, resolved.items, document));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => {
    const memberSchema = resolved.properties?.[key] ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
    return [key, redactBySchema(member, memberSchema, document)];
  }));
}

/** The schema of an operation's success output in the document. */
export function outputSchemaOf(document: Obj, operation: string): Obj | undefined {
  return document.paths?.[pathKeyOf(operation)]?.post?.responses?.['200']?.content?.[MEDIA_TYPE]?.schema;
}

/** The output members of an operation that carry secrets, as the document's `x-effect` lists them. */
export function sensitiveOutputOf(document: Obj, operation: string): string[] {
  return document.paths?.[pathKeyOf(operation)]?.post?.['x-effect']?.sensitiveOutput ?? [];
}

/** The sentence a tool's description gains when its output carries secrets; empty when it carries none. */
export function secretsNotice(members: readonly string[], revealSecrets: boolean): string {
  if (members.length === 0) return '';
  const list = members.map((m) => `\`${m}\``).join(', ');
  return revealSecrets
    ? `**Secrets:** this server was started with --reveal-secrets, so ${list} come back in full.`
    : `**Secrets:** this server redacts ${list} in results (the value reads "${REDACTED}"); start it with --reveal-secrets to receive them.`;
}

/**
 * Secrets out of tool results: an output is walked along its schema in the published document, and every
 * string that is a secret is replaced by a notice. A secret is a string whose schema says
 * `x-aws-sensitive: true` (AWS's `sensitive` trait), or one of the bearer credentials AWS's model leaves
 * unmarked (BEARER_SCHEMAS): whoever holds a session token can sign with the credentials it belongs to
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html), so an agent's
 * transcript must not carry it either.
 */
import { MEDIA_TYPE, pathKeyOf } from 'cognito-identity-openapi/protocol';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a redacted value reads, and how to get it in full. */
export const REDACTED = '<redacted: start with --reveal-secrets>';

const COMPONENT = '#/components/schemas/';

/** Schemas of bearer credentials AWS's model does not mark sensitive; redacted all the same (choice). */
export const BEARER_SCHEMAS: ReadonlySet<string> = new Set(['SessionTokenString']);

/** Whether a `$ref` (before resolving) names a schema whose strings are secrets. */
const isBearerRef = (schema: Obj | undefined): boolean => typeof schema?.$ref === 'string' && BEARER_SCHEMAS.has(schema.$ref.slice(COMPONENT.length));

function resolve(schema: Obj | undefined, document: Obj): Obj | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT)) return schema;
  return resolve(document.components?.schemas?.[ref.slice(COMPONENT.length)], document);
}

/** A copy of `value` with every sensitive string replaced, following `schema` (refs resolved in `document`). */
export function redactBySchema(value: unknown, schema: Obj | undefined, document: Obj): unknown {
  const resolved = resolve(schema, document);
  if (!resolved) return value;
  if (typeof value === 'string') return isSecret(schema, document) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((item) => redactBySchema(item, resolved.items, document));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => {
    const memberSchema = resolved.properties?.[key] ?? (typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined);
    return [key, redactBySchema(member, memberSchema, document)];
  }));
}

/** Whether strings of this schema are secrets: AWS marks it sensitive, or a ref on its way is a bearer credential. */
function isSecret(schema: Obj | undefined, document: Obj): boolean {
  for (let at = schema, hops = 0; at && hops < 32; hops += 1) {
    if (at['x-aws-sensitive'] === true || isBearerRef(at)) return true;
    const ref = at.$ref;
    if (typeof ref !== 'string' || !ref.startsWith(COMPONENT)) return false;
    at = document.components?.schemas?.[ref.slice(COMPONENT.length)];
  }
  return false;
}

/** Paths below `schema` that end at a secret, in x-effect's notation (`[]` list items, `{}` map values). */
function secretPaths(schema: Obj | undefined, document: Obj, prefix: string, seen: ReadonlySet<string>): string[] {
  const resolved = resolve(schema, document);
  if (!resolved) return [];
  if (resolved.type === 'string') return isSecret(schema, document) ? [prefix] : [];
  const ref = typeof schema?.$ref === 'string' ? schema.$ref : '';
  if (ref && seen.has(ref)) return [];
  const inside = ref ? new Set([...seen, ref]) : seen;
  if (resolved.type === 'array') return secretPaths(resolved.items, document, `${prefix}[]`, inside);
  const map = typeof resolved.additionalProperties === 'object' ? secretPaths(resolved.additionalProperties, document, `${prefix}{}`, inside) : [];
  const members = Object.entries((resolved.properties ?? {}) as Obj).flatMap(([name, member]) => secretPaths(member, document, prefix ? `${prefix}.${name}` : name, inside));
  return [...members, ...map];
}

/** The schema of an operation's success output in the document. */
export function outputSchemaOf(document: Obj, operation: string): Obj | undefined {
  return document.paths?.[pathKeyOf(operation)]?.post?.responses?.['200']?.content?.[MEDIA_TYPE]?.schema;
}

/**
 * The output members of an operation that this server redacts: those the document's `x-effect` lists as
 * sensitive, and the bearer credentials beside them, in schema order.
 */
export function sensitiveOutputOf(document: Obj, operation: string): string[] {
  const listed: string[] = document.paths?.[pathKeyOf(operation)]?.post?.['x-effect']?.sensitiveOutput ?? [];
  const found = secretPaths(outputSchemaOf(document, operation), document, '', new Set());
  return [...new Set([...found, ...listed])];
}

/** The sentence a tool's description gains when its output carries secrets; empty when it carries none. */
export function secretsNotice(members: readonly string[], revealSecrets: boolean): string {
  if (members.length === 0) return '';
  const list = members.map((m) => `\`${m}\``).join(', ');
  return revealSecrets
    ? `**Secrets:** this server was started with --reveal-secrets, so ${list} come back in full.`
    : `**Secrets:** this server redacts ${list} in results (the value reads "${REDACTED}"); start it with --reveal-secrets to receive them.`;
}

/**
 * Schema issues -> AWS's ValidationException message, such as
 * `1 validation error detected: Value 'x' at 'identityPoolId' failed to satisfy constraint: Member must satisfy
 * regular expression pattern: [\w-]+:[0-9a-f-]+`. Member paths are lowerCamel, list items `name.N.member`
 * (1-based), map values `name.<key>`; several issues are joined with `; `.
 */
import { unanchorPattern } from 'cognito-identity-openapi/protocol';
import type { SchemaIssue } from '../schema-validator.ts';

const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The AWS member path of an issue, with a missing member appended for `required`. */
export function memberPath(issue: SchemaIssue, value: unknown): string {
  const parts: string[] = [];
  let node = value;
  const segments = issue.keyword === 'required' ? [...issue.path, String(issue.params.missingProperty)] : issue.path;
  for (const segment of segments) {
    if (Array.isArray(node)) parts.push(`${Number(segment) + 1}.member`);
    else parts.push(node && typeof node === 'object' && isMapKey(segment) ? segment : lowerCamel(segment));
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return parts.join('.');
}

/** Structure members are PascalCase in this API; anything else under an object is a map key. */
function isMapKey(segment: string): boolean {
  return !/^[A-Z][A-Za-z0-9]*$/.test(segment);
}

function valueAt(issue: SchemaIssue, value: unknown): unknown {
  if (issue.keyword === 'required') return null;
  return issue.path.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), value);
}

function render(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return typeof value === 'string' ? `'${value}'` : `'${JSON.stringify(value)}'`;
}

/** The constraint sentence AWS uses for a failed keyword; undefined for keywords AWS does not report so. */
export function constraintOf(issue: SchemaIssue): string | undefined {
  const limit = issue.params.limit;
  switch (issue.keyword) {
    case 'required': return 'Member must not be null';
    case 'pattern': return `Member must satisfy regular expression pattern: ${unanchorPattern(String(issue.params.pattern))}`;
    case 'enum': return `Member must satisfy enum value set: [${(issue.params.allowedValues as unknown[]).join(', ')}]`;
    case 'maxLength': case 'maxItems': case 'maxProperties': return `Member must have length less than or equal to ${limit}`;
    case 'minLength': case 'minItems': case 'minProperties': return `Member must have length greater than or equal to ${limit}`;
    case 'maximum': return `Member must have value less than or equal to ${limit}`;
    case 'minimum': return `Member must have value greater than or equal to ${limit}`;
    default: return undefined;
  }
}

/** The ValidationException message for issues AWS reports as constraint violations. */
export function validationMessage(issues: readonly SchemaIssue[], value: unknown): string {
  const sentences = issues.map((issue) =>
    `Value ${render(valueAt(issue, value))} at '${memberPath(issue, value)}' failed to satisfy constraint: ${constraintOf(issue)}`);
  const count = sentences.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${sentences.join('; ')}`;
}

/**
 * Compares an OpenAPI document with the structure-only AWS model, member by member, and returns every
 * difference as a sentence naming the place. Used by the fidelity test; independent of the generator except
 * for the wire rules it shares through packages/client/src/protocol.ts.
 */
import type { AwsModel, AwsShape } from '../../scripts/aws-model.ts';
import { CLIENT_ERROR_STATUS, anchorPattern, MEDIA_TYPE, SERVER_FAULT_STATUS, operationOfPathKey, pathKeyOf } from '../../packages/client/src/protocol.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const REF = '#/components/schemas/';

/** The shape a schema stands for: its `$ref`, or the `title` of a shape inlined (inside a map). */
function refName(schema: Obj | undefined): string | undefined {
  if (typeof schema?.$ref === 'string') return schema.$ref.startsWith(REF) ? schema.$ref.slice(REF.length) : undefined;
  return typeof schema?.title === 'string' ? schema.title : undefined;
}

/** An inlined shape (no `$ref`, named by `title`), whose constraints are held to the AWS model like a component's. */
function isInlined(schema: Obj | undefined): boolean {
  return typeof schema?.$ref !== 'string' && typeof schema?.title === 'string';
}

function resolve(document: Obj, node: Obj): Obj {
  if (typeof node?.$ref !== 'string') return node;
  return node.$ref.slice(2).split('/').reduce((n: Obj, part: string) => n?.[part], document);
}

/** Every difference between the document and the AWS model; empty when they agree. */
export function compareWithAwsModel(document: Obj, aws: AwsModel): string[] {
  return [
    ...compareOperations(document, aws),
    ...compareShapes(document, aws),
    ...comparePaginators(document, aws),
    ...compareServers(document, aws),
  ];
}

function compareOperations(document: Obj, aws: AwsModel): string[] {
  const paths: Obj = document.paths ?? {};
  const inDocument = Object.keys(paths).map((key) => operationOfPathKey(key) ?? key);
  return [
    ...Object.keys(aws.operations).filter((op) => !paths[pathKeyOf(op)]).map((op) => `${op}: operation missing from the document`),
    ...inDocument.filter((op) => !aws.operations[op]).map((op) => `${op}: operation not in the AWS model`),
    ...Object.entries(aws.operations).filter(([op]) => paths[pathKeyOf(op)]).flatMap(([op, facts]) =>
      compareOperation(document, aws, op, paths[pathKeyOf(op)].post ?? {}, facts)),
  ];
}

/**
 * The status an error travels under, from the AWS model's own `fault` flag: 500 for the server fault, 400 for
 * every client error (captures in packages/client/src/protocol.ts). Deliberately not `errorStatus`: a generator that went back
 * to the Smithy `httpError` numbers must fail here.
 */
function wireStatusOf(error: AwsShape | undefined): number {
  return error?.fault ? SERVER_FAULT_STATUS : CLIENT_ERROR_STATUS;
}

function compareOperation(document: Obj, aws: AwsModel, op: string, post: Obj, facts: AwsModel['operations'][string]): string[] {
  const problems: string[] = [];
  const input = refName(post.requestBody?.content?.[MEDIA_TYPE]?.schema);
  if (input !== facts.input) problems.push(`${op}: input is ${input}, AWS says ${facts.input}`);
  const output = refName(post.responses?.['200']?.content?.[MEDIA_TYPE]?.schema);
  if (output !== facts.output) problems.push(`${op}: output is ${output}, AWS says ${facts.output}`);
  const isPublic = Array.isArray(post.security) && post.security.length === 0;
  if (isPublic !== (facts.auth === 'none')) problems.push(`${op}: auth is ${isPublic ? 'none' : 'sigv4'}, AWS says ${facts.auth}`);
  const errors = errorsOf(document, post);
  for (const e of facts.errors) {
    if (!errors.has(e)) problems.push(`${op}: error ${e} missing`);
    else if (errors.get(e) !== wireStatusOf(aws.shapes[e])) problems.push(`${op}: error ${e} under ${errors.get(e)}, the wire sends ${wireStatusOf(aws.shapes[e])}`);
  }
  for (const e of errors.keys()) if (!facts.errors.includes(e)) problems.push(`${op}: error ${e} not in the AWS model`);
  return problems;
}

/**
 * Error name -> status, from the operation's 4xx/5xx responses (shared or inline; one error schema, a `oneOf`
 * of them, or one body whose `__type` enum names several errors).
 */
function errorsOf(document: Obj, post: Obj): Map<string, number> {
  const errors = new Map<string, number>();
  for (const [status, raw] of Object.entries(post.responses ?? {})) {
    if (!/^[45]/.test(status)) continue;
    const schema = resolve(document, raw as Obj)?.content?.[MEDIA_TYPE]?.schema ?? {};
    for (const s of schema.oneOf ?? [schema]) {
      const names: unknown[] = refName(s) ? [refName(s)] : (s.properties?.__type?.enum ?? []);
      for (const name of names) if (typeof name === 'string') errors.set(name, Number(status));
    }
  }
  return errors;
}

const TYPE: Record<string, string> = {
  string: 'string', boolean: 'boolean', integer: 'integer', long: 'integer', timestamp: 'number',
  list: 'array', map: 'object', structure: 'object',
};

const BOUNDS: Record<string, [string, string]> = {
  string: ['minLength', 'maxLength'], integer: ['minimum', 'maximum'], long: ['minimum', 'maximum'],
  list: ['minItems', 'maxItems'], map: ['minProperties', 'maxProperties'],
};

function compareShapes(document: Obj, aws: AwsModel): string[] {
  const schemas: Obj = document.components?.schemas ?? {};
  return [
    ...Object.keys(aws.shapes).filter((s) => !schemas[s]).map((s) => `${s}: shape missing from components.schemas`),
    ...Object.keys(schemas).filter((s) => !aws.shapes[s]).map((s) => `${s}: component not in the AWS model`),
    ...Object.entries(aws.shapes).filter(([s]) => schemas[s]).flatMap(([s, facts]) => compareShape(s, schemas[s], facts, aws)),
  ];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compareShape(name: string, schema: Obj, facts: AwsShape, aws: AwsModel): string[] {
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (!same(actual, wanted)) problems.push(`${name}: ${what} is ${JSON.stringify(actual)}, AWS says ${JSON.stringify(wanted)}`);
  };
  expect('type', schema.type, TYPE[facts.type]);
  const [low, high] = BOUNDS[facts.type] ?? [];
  if (low && high) {
    expect(low, schema[low], facts.min);
    expect(high, schema[high], facts.max);
  }
  if (facts.type === 'integer' || facts.type === 'long') expect('format', schema.format, facts.type === 'long' ? 'int64' : 'int32');
  // AWS matches the whole value: the document anchors botocore's pattern (packages/client/src/protocol.ts anchorPattern).
  expect('pattern', schema.pattern, facts.pattern === undefined ? undefined : anchorPattern(facts.pattern));
  expect('enum', schema.enum, facts.enum);
  expect('sensitive', schema['x-aws-sensitive'], facts.sensitive);
  if (facts.type === 'list') expect('items', refName(schema.items), facts.member);
  if (facts.type === 'map') {
    expect('key', refName(schema.propertyNames), facts.key);
    expect('value', refName(schema.additionalProperties), facts.value);
    problems.push(...compareInlined(`${name} key`, schema.propertyNames, aws, facts.key));
    problems.push(...compareInlined(`${name} value`, schema.additionalProperties, aws, facts.value));
  }
  if (facts.type === 'structure') problems.push(...compareMembers(name, schema, facts, aws));
  return problems;
}

/** An inlined shape held to the AWS model as its component is; nothing for a `$ref`. */
function compareInlined(place: string, schema: Obj | undefined, aws: AwsModel, shape: string | undefined): string[] {
  const facts = shape === undefined ? undefined : aws.shapes[shape];
  if (!isInlined(schema) || !facts || refName(schema) !== shape) return [];
  return compareShape(`${place} (${shape} inlined)`, schema as Obj, facts, aws);
}

function compareMembers(name: string, schema: Obj, facts: AwsShape, aws: AwsModel): string[] {
  const problems: string[] = [];
  const properties: Obj = { ...schema.properties };
  const required = new Set<string>(schema.required ?? []);
  if (facts.exception) {
    if (properties.__type?.const !== name || !required.has('__type')) problems.push(`${name}: error schema lacks a required __type of "${name}"`);
    delete properties.__type;
    required.delete('__type');
  }
  for (const [member, m] of Object.entries(facts.members ?? {})) {
    const property = properties[member];
    if (!property) { problems.push(`${name}.${member}: member missing`); continue; }
    if (refName(property) !== m.shape) problems.push(`${name}.${member}: targets ${refName(property)}, AWS says ${m.shape}`);
    problems.push(...compareInlined(`${name}.${member}`, property, aws, m.shape));
    if (required.has(member) !== m.required) problems.push(`${name}.${member}: required is ${required.has(member)}, AWS says ${m.required}`);
  }
  for (const member of Object.keys(properties)) {
    if (!facts.members?.[member]) problems.push(`${name}.${member}: member not in the AWS model`);
  }
  return problems;
}

function comparePaginators(document: Obj, aws: AwsModel): string[] {
  return Object.entries(aws.paginators).flatMap(([op, p]) => {
    const pagination = document.paths?.[pathKeyOf(op)]?.post?.['x-aws-pagination'];
    const wanted = { inputToken: p.inputToken, outputToken: p.outputToken, pageSize: p.limitKey, items: p.resultKey };
    return same(pagination, wanted) ? [] : [`${op}: x-aws-pagination is ${JSON.stringify(pagination)}, AWS says ${JSON.stringify(wanted)}`];
  });
}

/** Each (host kind, dns suffix, region) AWS lists must be a server the document offers, and no others. */
function compareServers(document: Obj, aws: AwsModel): string[] {
  const offered = new Set<string>((document.servers ?? []).flatMap((s: Obj) =>
    (s.variables?.region?.enum ?? []).map((region: string) => s.url.replace('{region}', region))));
  const wanted = new Set(aws.partitions.flatMap((p) => [
    ...p.regions.map((r) => `https://${aws.metadata.endpointPrefix}.${r}.${p.dnsSuffix}`),
    ...p.fipsRegions.map((r) => `https://${aws.metadata.endpointPrefix}-fips.${r}.${p.dnsSuffix}`),
  ]));
  return [
    ...[...wanted].filter((url) => !offered.has(url)).map((url) => `servers: ${url} missing`),
    ...[...offered].filter((url) => !wanted.has(url)).map((url) => `servers: ${url} not an AWS endpoint`),
  ];
}

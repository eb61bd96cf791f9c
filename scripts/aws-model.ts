/**
 * The structure-only copy of the official AWS model that the fidelity test holds the document to:
 * operations, shapes, members, required flags, constraints, errors, auth, paginators and endpoints, with no
 * documentation text. Pure: `toAwsModel` takes the parsed botocore files.
 */

/** One operation's facts. */
export interface AwsOperation {
  input: string;
  output?: string;
  errors: string[];
  auth: 'sigv4' | 'none';
}

/** One shape's facts; only the keys AWS sets are present. */
export interface AwsShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  member?: string;
  key?: string;
  value?: string;
  members?: Record<string, { shape: string; required: boolean }>;
  exception?: boolean;
  fault?: boolean;
}

/** One partition's regions with standard and FIPS endpoints. */
export interface AwsPartition {
  id: string;
  name: string;
  dnsSuffix: string;
  regions: string[];
  fipsRegions: string[];
}

/** The whole structure-only model. */
export interface AwsModel {
  source: { botocore: string };
  metadata: { apiVersion: string; targetPrefix: string; protocol: string; jsonVersion: string; endpointPrefix: string };
  operations: Record<string, AwsOperation>;
  shapes: Record<string, AwsShape>;
  paginators: Record<string, { inputToken: string; outputToken: string; limitKey?: string; resultKey: string }>;
  partitions: AwsPartition[];
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHAPE_FACTS = ['type', 'min', 'max', 'pattern', 'enum', 'sensitive', 'exception', 'fault'] as const;

function sortedEntries<T>(object: Json, map: (value: Json, key: string) => T): Record<string, T> {
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, map(object[key], key)]));
}

function toShape(shape: Json): AwsShape {
  const facts: Json = {};
  for (const key of SHAPE_FACTS) if (shape[key] !== undefined) facts[key] = shape[key];
  if (shape.member) facts.member = shape.member.shape;
  if (shape.key) facts.key = shape.key.shape;
  if (shape.value) facts.value = shape.value.shape;
  if (shape.type === 'structure') {
    const required: string[] = shape.required ?? [];
    facts.members = Object.fromEntries(Object.entries(shape.members as Json).map(([name, m]) => [
      name, { shape: (m as Json).shape, required: required.includes(name) },
    ]));
  }
  return facts as AwsShape;
}

function toOperation(op: Json): AwsOperation {
  const noAuth = op.authtype === 'none' || (op.auth ?? []).includes('smithy.api#noAuth');
  return {
    input: op.input.shape,
    ...(op.output ? { output: op.output.shape } : {}),
    errors: (op.errors as Json[]).map((e) => e.shape as string).sort(),
    auth: noAuth ? 'none' : 'sigv4',
  };
}

function toPartitions(endpoints: Json, service: string): AwsPartition[] {
  return (endpoints.partitions as Json[]).filter((p) => p.services[service]).map((p) => {
    const entries = Object.entries(p.services[service].endpoints as Json);
    return {
      id: p.partition,
      name: p.partitionName,
      dnsSuffix: p.dnsSuffix,
      regions: entries.map(([region]) => region).filter((region) => !region.startsWith('fips-')).sort(),
      fipsRegions: entries
        .filter(([, e]) => ((e as Json).variants ?? []).some((v: Json) => v.tags.includes('fips')))
        .map(([region]) => region).sort(),
    };
  });
}

/** The structure-only model from botocore's parsed `service-2.json`, `paginators-1.json` and `endpoints.json`. */
export function toAwsModel(service: Json, paginators: Json, endpoints: Json, botocoreVersion: string): AwsModel {
  const m = service.metadata;
  return {
    source: { botocore: botocoreVersion },
    metadata: {
      apiVersion: m.apiVersion, targetPrefix: m.targetPrefix, protocol: m.protocol,
      jsonVersion: m.jsonVersion, endpointPrefix: m.endpointPrefix,
    },
    operations: sortedEntries(service.operations, toOperation),
    shapes: sortedEntries(service.shapes, toShape),
    paginators: sortedEntries(paginators.pagination ?? {}, (p) => ({
      inputToken: p.input_token, outputToken: p.output_token, ...(p.limit_key ? { limitKey: p.limit_key } : {}), resultKey: p.result_key,
    })),
    partitions: toPartitions(endpoints, m.endpointPrefix),
  };
}

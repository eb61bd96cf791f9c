/**
 * The types of the project's model of Amazon Cognito Identity. Types only: the data lives in the sibling
 * files, and everything that turns it into OpenAPI lives in `scripts/`.
 *
 * Facts (names, members, required flags, constraints, errors, auth) mirror the official AWS model
 * (botocore `cognito-identity/2014-06-30/service-2.json`); every `doc`, `summary` and `description` is the
 * project's own prose, in Markdown.
 */

/** A shape name, as in the AWS model (`IdentityPoolId`, `GetIdInput`, ...). */
export type ShapeName = string;

/** A string shape: length bounds, an ECMA-262 pattern (unanchored, as in the AWS model) or an enum. */
export interface StringShape {
  type: 'string';
  doc: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: readonly string[];
  /** AWS marks the value as sensitive: tokens and secrets that must not be logged. */
  sensitive?: boolean;
}

/** `integer` is 32-bit, `long` 64-bit, both with an optional inclusive range. */
export interface NumberShape {
  type: 'integer' | 'long';
  doc: string;
  min?: number;
  max?: number;
}

/** A boolean. */
export interface BooleanShape {
  type: 'boolean';
  doc: string;
}

/** A point in time; the wire form is decided by the protocol module (epoch seconds). */
export interface TimestampShape {
  type: 'timestamp';
  doc: string;
}

/** An ordered list of one member shape, with optional size bounds. */
export interface ListShape {
  type: 'list';
  doc: string;
  member: ShapeName;
  min?: number;
  max?: number;
}

/** A string-keyed map; the key shape constrains the keys. */
export interface MapShape {
  type: 'map';
  doc: string;
  key: ShapeName;
  value: ShapeName;
  min?: number;
  max?: number;
}

/** A member of a structure: its target shape, whether AWS requires it, and what it means here. */
export interface Member {
  shape: ShapeName;
  doc: string;
  required?: boolean;
}

/** A structure; `error` marks an exception shape, `fault` one that is the server's fault. */
export interface StructureShape {
  type: 'structure';
  doc: string;
  members: Readonly<Record<string, Member>>;
  error?: boolean;
  fault?: boolean;
}

export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | TimestampShape
  | ListShape
  | MapShape
  | StructureShape;

/** How a caller authenticates an operation: SigV4 developer credentials, or nothing at all. */
export type Auth = 'sigv4' | 'none';

/** Token-based pagination: which input and output members carry the token, the page size and the items. */
export interface Pagination {
  inputToken: string;
  outputToken: string;
  pageSize: string;
  items: string;
}

/** A realistic request and the response it gets. Values are wire JSON (timestamps as epoch seconds). */
export interface OperationExample {
  name: string;
  summary: string;
  input: Record<string, unknown>;
  output: Record<string, unknown>;
}

/**
 * What a call does to the service's stored state:
 * - `none`: it only reads;
 * - `creates`: it adds data (a pool, an identity, a link) and changes or removes none;
 * - `updates`: it changes existing data in place, so old values are lost;
 * - `deletes`: it deletes data or detaches a link.
 */
export type StateChange = 'none' | 'creates' | 'updates' | 'deletes';

/**
 * The effect of an operation, a fact of the model (published as `x-effect`; MCP tool annotations follow from
 * it). Whether the output carries secrets is not restated here: it follows from the shapes' `sensitive` flags.
 */
export interface Effect {
  state: StateChange;
  /** True when repeating the call with the same input leaves the service as one call would. */
  idempotent: boolean;
  /** Why, where the name suggests otherwise: the behaviour that settles it, in the project's words. */
  why?: string;
  /** Present when no source settles the fact and it is the project's choice: the reasoning. */
  judgement?: string;
}

/** One operation of the service. */
export interface Operation {
  name: string;
  tag: TagId;
  /** Intent-style, at most 8 words: how an agent would search for it. */
  summary: string;
  /** Markdown: what it does, when to use it, whether it is signed, its pitfalls. */
  description: string;
  input: ShapeName;
  /** Absent when the operation returns nothing (the wire then carries `{}`). */
  output?: ShapeName;
  errors: readonly ShapeName[];
  auth: Auth;
  effect: Effect;
  pagination?: Pagination;
}

/** An error's prose and example message; its status code follows from the protocol module. */
export interface ErrorDoc {
  /** When the service answers with this error, in the project's words. */
  when: string;
  /** A realistic `message` for the example body. */
  exampleMessage: string;
}

export type TagId =
  | 'identity-pools'
  | 'identities'
  | 'credentials-and-tokens'
  | 'developer-identities'
  | 'roles-and-principal-tags'
  | 'resource-tags';

/** A group of operations, shown as a section in docs. */
export interface Tag {
  id: TagId;
  name: string;
  description: string;
}

/** One partition's regional endpoints, from botocore's `endpoints.json` and the endpoint rule set. */
export interface Partition {
  id: string;
  name: string;
  dnsSuffix: string;
  /** Regions with a standard endpoint `https://cognito-identity.{region}.{dnsSuffix}`. */
  regions: readonly string[];
  /** Regions with a FIPS endpoint `https://cognito-identity-fips.{region}.{dnsSuffix}`. */
  fipsRegions: readonly string[];
}

/** The service as a whole: identity, prose and endpoints. */
export interface Service {
  title: string;
  apiVersion: string;
  serviceId: string;
  description: string;
  apiReferenceUrl: string;
  license: { name: string; identifier: string };
  tags: readonly Tag[];
  partitions: readonly Partition[];
}

/** The whole model the generator reads. */
export interface ServiceModel {
  service: Service;
  shapes: Readonly<Record<ShapeName, Shape>>;
  operations: readonly Operation[];
  errors: Readonly<Record<ShapeName, ErrorDoc>>;
  /** At least one example per operation, keyed by operation name. */
  examples: Readonly<Record<string, readonly OperationExample[]>>;
}

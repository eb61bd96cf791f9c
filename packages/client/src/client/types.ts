/** Types of the client, all derived from the openapi-typescript types of the published document. */
import type { operations as OperationTypes } from '../../generated/openapi-types.ts';
import type { operations as operationTable } from '../../generated/service-metadata.ts';
import type { MEDIA_TYPE } from '../protocol.ts';

type MediaType = typeof MEDIA_TYPE;

/** The name of one of the 23 operations. */
export type OperationName = keyof typeof operationTable & keyof OperationTypes;

/** The operations that page with a token. */
export type PaginatedOperationName = {
  [Op in OperationName]: (typeof operationTable)[Op] extends { pagination: object } ? Op : never;
}[OperationName];

/** The request body of an operation. */
export type Input<Op extends OperationName> = OperationTypes[Op]['requestBody']['content'][MediaType];

type Responses<Op extends OperationName> = OperationTypes[Op]['responses'];

/** The response body of an operation's success. */
export type Output<Op extends OperationName> = Responses<Op>[200]['content'][MediaType];

type BodyOf<R> = R extends { content: { [K in MediaType]: infer B } } ? B : never;

/** The error bodies an operation can answer with: a union discriminated by `__type`. */
export type ErrorBodyOf<Op extends OperationName> = {
  [S in Exclude<keyof Responses<Op>, 200>]: BodyOf<Responses<Op>[S]>;
}[Exclude<keyof Responses<Op>, 200>];

/** The error names an operation can answer with. */
export type ErrorTypeOf<Op extends OperationName> = ErrorBodyOf<Op> extends { __type: infer T extends string } ? T : never;

/** The method name of an operation: `GetId` -> `getId`. */
export type MethodName<Op extends string> = Uncapitalize<Op>;

/** The method name of an operation at run time, the same rule as `MethodName`. */
export function methodNameOf<Op extends string>(operation: Op): MethodName<Op> {
  return (operation.charAt(0).toLowerCase() + operation.slice(1)) as MethodName<Op>;
}

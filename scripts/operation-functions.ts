/**
 * `packages/client/generated/operations/public.ts` and `signed.ts`: one exported function per operation, so an app bundles
 * only the operations it imports. The public (unsigned) ones live apart and call the sender with no signer,
 * so importing them never reaches the signer.
 */
import { isSignedOperation, operationOfPathKey } from '../packages/client/src/protocol.ts';
import type { SchemaObject } from './openapi/schema-object.ts';
import { TYPES_BANNER } from './service-metadata.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `GetId` -> `getId`, the rule of `methodNameOf` in src/client/types.ts. */
const functionName = (operation: string) => operation.charAt(0).toLowerCase() + operation.slice(1);

/** The source of one operation's function. */
function toFunctionText(operation: string, post: Obj): string {
  const signed = isSignedOperation(post);
  const summary = String(post.summary ?? operation).replace(/\*\//g, '*\\/');
  return `/** ${operation} (${signed ? 'SigV4-signed' : 'unsigned'}): ${summary}. */
export const ${functionName(operation)} = /* @__PURE__ */ ${signed ? 'signedOperation' : 'publicOperation'}('${operation}');
`;
}

/** The texts of `packages/client/generated/operations/{public,signed}.ts`, operations in document order, split by signing. */
export function toOperationFunctionFiles(document: SchemaObject): Record<string, string> {
  const paths = document.paths as Record<string, { post: Obj }>;
  const entries = Object.entries(paths).map(([key, item]) => ({ operation: operationOfPathKey(key) ?? key, post: item.post }));
  const file = (signed: boolean) => `${TYPES_BANNER}
/** The ${signed ? 'SigV4-signed' : 'unsigned (public)'} operations, one function each: \`${signed ? 'describeIdentityPool' : 'getId'}(context, input, options?)\` (pure, so unused ones drop). */
${signed ? "import { signedOperation } from '../../src/client/signing.ts';" : "import { publicOperation } from '../../src/client/send.ts';"}

${entries.filter((e) => isSignedOperation(e.post) === signed).map((e) => toFunctionText(e.operation, e.post)).join('\n')}`;
  return { 'packages/client/generated/operations/public.ts': file(false), 'packages/client/generated/operations/signed.ts': file(true) };
}

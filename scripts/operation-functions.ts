/**
 * `generated/operations.ts`: one exported function per operation, so an app bundles only the operations it
 * imports. The unsigned ones call the sender with no signer, so importing them never reaches aws4fetch.
 */
import { isSignedOperation, operationOfPathKey } from '../src/protocol.ts';
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
export function ${functionName(operation)}(context: CognitoIdentityContext, input: Input<'${operation}'>, options?: CallOptions): Promise<Output<'${operation}'>> {
  return sendOperation(context, '${operation}', input, options${signed ? ', signWithWebCrypto' : ''});
}
`;
}

/** The text of `generated/operations.ts`, operations in document order. */
export function toOperationFunctionsText(document: SchemaObject): string {
  const paths = document.paths as Record<string, { post: Obj }>;
  const functions = Object.entries(paths).map(([key, item]) => toFunctionText(operationOfPathKey(key) ?? key, item.post));
  return `${TYPES_BANNER}
/** One function per operation: \`getId(context, input, options?)\`; the context comes from createCognitoIdentityContext. */
import type { CallOptions, CognitoIdentityContext } from '../src/client/context.ts';
import { sendOperation } from '../src/client/send.ts';
import { signWithWebCrypto } from '../src/client/signing.ts';
import type { Input, Output } from '../src/client/types.ts';

${functions.join('\n')}`;
}

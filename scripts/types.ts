/**
 * The openapi-typescript types of the document (packages/client/generated/openapi-types.ts), the client's runtime facts
 * (packages/client/generated/service-metadata.ts) and one function per operation (packages/client/generated/operations/); `npm run
 * generate` writes them right after the document.
 */
import { createRequire } from 'node:module';
import { toOperationFunctionFiles } from './operation-functions.ts';
import { TYPES_BANNER, toServiceMetadataText } from './service-metadata.ts';

// openapi-typescript's CommonJS build: it loads TypeScript with require(), where its ES module build's `import`
// makes Node scan TypeScript's 9 MB file for export names first (about a second of `npm run generate`).
const { default: openapiTS, astToString } = createRequire(import.meta.url)('openapi-typescript') as typeof import('openapi-typescript');

/** The generated type and metadata files for a document, path -> text. */
export async function buildTypeFiles(document: Record<string, unknown>): Promise<Record<string, string>> {
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: false, silent: true });
  return {
    'packages/client/generated/openapi-types.ts': TYPES_BANNER + astToString(ast),
    'packages/client/generated/service-metadata.ts': toServiceMetadataText(document),
    ...toOperationFunctionFiles(document),
  };
}

/**
 * The openapi-typescript types of the document (packages/client/generated/openapi-types.ts), the client's runtime facts
 * (packages/client/generated/service-metadata.ts) and one function per operation (packages/client/generated/operations/); `npm run
 * generate` writes them right after the document.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { toOperationFunctionFiles } from './operation-functions.ts';
import { TYPES_BANNER, toServiceMetadataText } from './service-metadata.ts';

/** The generated type and metadata files for a document, path -> text. */
export async function buildTypeFiles(document: Record<string, unknown>): Promise<Record<string, string>> {
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: false, silent: true });
  return {
    'packages/client/generated/openapi-types.ts': TYPES_BANNER + astToString(ast),
    'packages/client/generated/service-metadata.ts': toServiceMetadataText(document),
    ...toOperationFunctionFiles(document),
  };
}

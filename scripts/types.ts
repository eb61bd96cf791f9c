/**
 * `npm run types`: writes the openapi-typescript types of generated/openapi.json to
 * generated/openapi-types.ts, and the client's runtime facts to generated/service-metadata.ts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { TYPES_BANNER, toServiceMetadataText } from './service-metadata.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The generated type and metadata files for a document, path -> text. */
export async function buildTypeFiles(document: Record<string, unknown>): Promise<Record<string, string>> {
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: false, silent: true });
  return {
    'generated/openapi-types.ts': TYPES_BANNER + astToString(ast),
    'generated/service-metadata.ts': toServiceMetadataText(document),
  };
}

async function main(): Promise<void> {
  const document = JSON.parse(await readFile(join(root, 'generated/openapi.json'), 'utf8'));
  for (const [path, text] of Object.entries(await buildTypeFiles(document))) {
    await writeFile(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

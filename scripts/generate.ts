/**
 * `npm run generate`: writes everything in generated/ from spec/: the OpenAPI document (JSON and YAML), the
 * Arazzo workflows, the tool catalogue, and, from the document, the openapi-typescript types and the client's
 * runtime facts. A file whose text is already what the generator makes is left alone (its time stamp too, so
 * `tsc -b` and the build see nothing new); `npm run build` calls the two steps itself, to start the lints as
 * soon as the document is written.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { model } from '../spec/index.ts';
import { workflows } from '../spec/workflows.ts';
import { buildFiles } from './build-document.ts';
import { ModelError } from './model-error.ts';
import { buildTypeFiles } from './types.ts';
import { writeChanged } from './write-changed.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Step 1: the document, the workflows and the tool catalogue, path -> text. */
export function documentFiles(): Record<string, string> {
  return buildFiles(model, workflows);
}

/** Step 2: the client's generated types, facts and operation functions, from step 1's files. */
export async function typeFiles(documents: Record<string, string>): Promise<Record<string, string>> {
  return buildTypeFiles(JSON.parse(documents['packages/document/openapi.json'] as string));
}

async function main(): Promise<void> {
  const documents = documentFiles();
  const files = { ...documents, ...await typeFiles(documents) };
  const written = await writeChanged(files, root);
  for (const path of written) console.log(`wrote ${path}`);
  console.log(`${Object.keys(files).length - written.length} of ${Object.keys(files).length} files already up to date`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof ModelError ? error.message : error);
    process.exitCode = 1;
  });
}

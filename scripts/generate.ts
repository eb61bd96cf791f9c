/**
 * `npm run generate`: writes everything in generated/ from spec/: the OpenAPI document (JSON and YAML), the
 * Arazzo workflows, the tool catalogue, and, from the document, the openapi-typescript types and the client's
 * runtime facts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { model } from '../spec/index.ts';
import { workflows } from '../spec/workflows.ts';
import { buildFiles } from './build-document.ts';
import { ModelError } from './model-error.ts';
import { buildTypeFiles } from './types.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const documentFiles = buildFiles(model, workflows);
  const files = { ...documentFiles, ...await buildTypeFiles(JSON.parse(documentFiles['packages/document/openapi.json'] as string)) };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
    console.log(`wrote ${path}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ModelError ? error.message : error);
  process.exitCode = 1;
});

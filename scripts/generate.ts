/** `npm run generate`: writes generated/openapi.json and generated/openapi.yaml from spec/. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { model } from '../spec/index.ts';
import { workflows } from '../spec/workflows.ts';
import { buildFiles } from './build-document.ts';
import { ModelError } from './model-error.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const files = buildFiles(model, workflows);
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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFiles } from '../../scripts/build-document.ts';
import { buildTypeFiles } from '../../scripts/types.ts';
import { model } from '../../spec/index.ts';
import { workflows } from '../../spec/workflows.ts';
import { repoPath } from '../support/paths.ts';

const committed = (path: string) => readFileSync(repoPath(path), 'utf8');

describe('packages/client/generated/ is what the generator writes now', () => {
  const files = buildFiles(model, workflows);

  it.each(Object.keys(files))('%s (npm run generate)', (path) => {
    expect(committed(path) === files[path], `${path} is out of date: run \`npm run generate\` and commit the result`).toBe(true);
  });

  it('gives byte-identical files when run twice', () => {
    expect(buildFiles(model, workflows)).toEqual(files);
  });

  it('packages/client/generated/openapi-types.ts, generated/service-metadata.ts and generated/operations/ (npm run generate)', async () => {
    const typeFiles = await buildTypeFiles(JSON.parse(files['packages/document/openapi.json'] as string));
    for (const [path, text] of Object.entries(typeFiles)) {
      expect(committed(path) === text, `${path} is out of date: run \`npm run generate\` and commit the result`).toBe(true);
    }
    expect(Object.keys(typeFiles)).toEqual(['packages/client/generated/openapi-types.ts', 'packages/client/generated/service-metadata.ts', 'packages/client/generated/operations/public.ts', 'packages/client/generated/operations/signed.ts']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFiles } from '../../scripts/build-document.ts';
import { model } from '../../spec/index.ts';
import { repoPath } from '../support/paths.ts';

describe('generated/ is what the generator writes now', () => {
  const files = buildFiles(model);

  it.each(Object.keys(files))('%s', (path) => {
    const committed = readFileSync(repoPath(path), 'utf8');
    expect(committed === files[path], `${path} is out of date: run \`npm run generate\` and commit the result`).toBe(true);
  });

  it('gives byte-identical files when run twice', () => {
    expect(buildFiles(model)).toEqual(files);
  });
});

/** `npm run generate` and `npm run build` write a generated file only when its text changes, keeping time stamps. */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChanged } from '../../scripts/write-changed.ts';

const base = mkdtempSync(join(tmpdir(), 'generate-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('writeChanged', () => {
  it('writes new and changed files, leaves identical ones untouched, and returns the paths written', async () => {
    expect(await writeChanged({ 'a/same.ts': 'same\n', 'a/old.ts': 'old\n' }, base)).toEqual(['a/same.ts', 'a/old.ts']);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(base, 'a/same.ts'), past, past);
    writeFileSync(join(base, 'a/old.ts'), 'edited by hand\n');

    expect(await writeChanged({ 'a/same.ts': 'same\n', 'a/old.ts': 'old\n', 'b/new.ts': 'new\n' }, base)).toEqual(['a/old.ts', 'b/new.ts']);
    expect(statSync(join(base, 'a/same.ts')).mtime).toEqual(past);
    expect(readFileSync(join(base, 'a/old.ts'), 'utf8')).toBe('old\n');
    expect(readFileSync(join(base, 'b/new.ts'), 'utf8')).toBe('new\n');
  });
});

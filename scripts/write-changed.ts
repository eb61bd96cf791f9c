/** Writing generated files: only those whose text changes, so time stamps (and `tsc -b`'s view) stay put. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes each file (path relative to `base` -> text) whose text differs from what is on disk; returns the paths written. */
export async function writeChanged(files: Record<string, string>, base: string): Promise<string[]> {
  const written: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const target = join(base, path);
    if (await readFile(target, 'utf8').catch(() => undefined) === text) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
    written.push(path);
  }
  return written;
}

/** Paths of the repository, for tests that read committed files or run its tools. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}

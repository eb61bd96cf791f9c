/**
 * README blocks that need more than the mock: fenced as ```ts <name>``` (the README test runs only plain
 * ```ts``` blocks against the mock), each run by the test that has what it needs (a browser, moto).
 */
import { readFileSync } from 'node:fs';
import { repoPath } from './paths.ts';

/** The README.md blocks fenced as ```ts <name>```, in order. */
export function namedReadmeBlocks(name: string): string[] {
  const markdown = readFileSync(repoPath('README.md'), 'utf8');
  const fence = new RegExp(`^\`\`\`ts ${name}\\n([\\s\\S]*?)^\`\`\`$`, 'gm');
  return [...markdown.matchAll(fence)].map(([, body = '']) => body);
}

/**
 * A block with its `const local = { ... };` (the addresses and ids of one machine) replaced by `values`: the
 * one edit made to it, so the rest runs as written.
 */
export function withLocalValues(block: string, values: Record<string, string>): string {
  const local = /^const local = \{[\s\S]*?^\};$/m;
  if (!local.test(block)) throw new Error('the README block has no `const local = { ... };` to fill in');
  return block.replace(local, `const local = ${JSON.stringify(values)};`);
}

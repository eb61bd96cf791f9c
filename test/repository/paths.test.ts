/**
 * The repository names no path outside itself: a reader of a clone can follow every path and link it gives.
 * Two checks over every committed text file: no absolute path of the machine the clone sits on (the folder
 * that holds the repository, and the build machines' work tree), and no Markdown link that leaves the
 * repository or points at a file that is not there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const TEXT = /\.(ts|js|mjs|cjs|json|ya?ml|md|hbs|sh|py|txt|html|css)$|(^|\/)(Dockerfile|run|LICENSE)$/;

function committedTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  return listed.filter((file) => file !== '' && TEXT.test(file) && existsSync(join(ROOT, file)));
}

/**
 * Absolute paths that only exist on one machine: the folder around this clone (unless it is a top-level
 * folder such as /tmp, which files may name for other reasons), and the build machines' tree.
 */
export function machinePaths(root: string): string[] {
  const around = dirname(root);
  const deep = around.split(sep).filter(Boolean).length >= 2;
  // Spelled in parts so that this file does not name the build machines' tree itself.
  return [...new Set([...(deep ? [`${around}${sep}`] : []), ['', 'work', ''].join('/')])];
}

/** The Markdown link targets of a text that are relative paths (no scheme, no anchor-only link). */
export function relativeLinks(markdown: string): string[] {
  const targets = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
  return targets.filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#')).map((t) => t.split('#')[0] as string);
}

describe('paths named by the repository', () => {
  const files = committedTextFiles();

  it('finds the committed files', () => {
    expect(files).toContain('README.md');
    expect(files).toContain('packages/server/BEHAVIOUR.md');
  });

  it('never name a folder of the machine outside the clone', () => {
    const forbidden = machinePaths(ROOT);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return forbidden.filter((path) => text.includes(path)).map((path) => `${file} names ${path}`);
    });
    expect(found).toEqual([]);
  });

  it('link in Markdown only to files inside the repository that exist', () => {
    const broken = files.filter((file) => file.endsWith('.md')).flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      return relativeLinks(text).flatMap((target) => {
        const path = resolve(ROOT, dirname(file), decodeURI(target));
        const inside = !relative(ROOT, path).startsWith('..');
        return inside && existsSync(path) ? [] : [`${file} -> ${target}${inside ? ' (missing)' : ' (outside the repository)'}`];
      });
    });
    expect(broken).toEqual([]);
  });
});

describe('machinePaths', () => {
  const tree = ['', 'work', ''].join('/');
  it.each([
    ['/home/me/src/clone', ['/home/me/src/', tree]],
    ['/tmp/clone', [tree]],
    [`${tree}main`, [tree]],
  ])('%s', (root, want) => {
    expect(machinePaths(root)).toEqual(want);
  });
});

describe('relativeLinks', () => {
  it.each([
    ['[a](b.md) [c](https://x.y/z) [d](#e) [f](../g/h.ts#L1) [i](mailto:a@b)', ['b.md', '../g/h.ts']],
    ['[a](docs/x.md "title")', ['docs/x.md']],
    ['no links here', []],
  ])('%s', (markdown, want) => {
    expect(relativeLinks(markdown)).toEqual(want);
  });
});

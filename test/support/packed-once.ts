/**
 * The workspace tarballs packed once per test run, for every file that installs them (the package and
 * container tests, in whatever workers): the first caller packs them into the run's folder (run-folder.ts),
 * the others wait until they are there. `npm pack` of the same `dist/` gives the same tarballs, so packing
 * them once per file only repeated the work.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { WORKSPACES, packWorkspaces, tarballPaths } from './packed.ts';

type Workspace = (typeof WORKSPACES)[number];

/** Waits for `ready` (or `failed`, whose text it throws) to appear, up to `limitMs`. */
async function waitForFolder(ready: string, failed: string, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (!existsSync(ready)) {
    if (existsSync(failed)) throw new Error(`packing the workspaces failed in another test file: ${readFileSync(failed, 'utf8')}`);
    if (Date.now() > until) throw new Error(`the packed workspaces did not appear in ${ready} within ${limitMs} ms`);
    await sleep(100);
  }
}

/** The tarball of every workspace (by folder), packed once for the whole run; a folder holding only them. */
export async function packedOnce(): Promise<{ folder: string; tarballs: Record<Workspace, string> }> {
  const folder = join(inject('runFolder'), 'tarballs');
  let packer = true;
  try {
    mkdirSync(`${folder}.lock`);
  } catch {
    packer = false;
  }
  if (packer) {
    try {
      const partial = `${folder}.partial`;
      mkdirSync(partial);
      packWorkspaces(partial, WORKSPACES);
      renameSync(partial, folder); // whole or not at all, for the files waiting on it
    } catch (error) {
      writeFileSync(`${folder}.failed`, String(error));
      throw error;
    }
  } else {
    await waitForFolder(folder, `${folder}.failed`, 300_000);
  }
  return { folder, tarballs: tarballPaths(folder, WORKSPACES) };
}

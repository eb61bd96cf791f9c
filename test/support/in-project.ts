/**
 * Running code in a fresh project that installed the packed packages (packed.ts), as its user would: a Node
 * module, a strict TypeScript check, `npx` of the server's bin.
 */
import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { QUIET_NPM } from './packed.ts';
import { repoPath } from './paths.ts';

const run = promisify(execFile);

/** The identity pool of the document's examples, which the mock answers. */
export const EXAMPLE_POOL = 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10';
/** Developer credentials as code literal, for the signed calls of a module run in a project. */
export const EXAMPLE_KEYS = "{ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }";

/** Runs a module in a project with Node and returns its stdout (without blocking: a test's mock answers it). */
export async function runIn(project: string, name: string, code: string, args: string[] = []): Promise<string> {
  writeFileSync(join(project, name), code);
  const { stdout } = await run(process.execPath, [name, ...args], { cwd: project, encoding: 'utf8', timeout: 60_000 });
  return stdout;
}

/** Type-checks `file` in `project` as a strict NodeNext TypeScript project would. */
export function typeCheck(project: string, file: string, code: string): void {
  writeFileSync(join(project, file), code);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, skipLibCheck: true, resolveJsonModule: true, typeRoots: [repoPath('node_modules/@types')], types: ['node'] },
    files: [file],
  }));
  execFileSync(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', project], { cwd: project, stdio: 'pipe' });
}

/** Runs `npx cognito-identity-openapi-server ...args` in `project` to its end: exit code and all it printed. */
export async function npxToEnd(project: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['cognito-identity-openapi-server', ...args], { cwd: project, env: QUIET_NPM, encoding: 'utf8', timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

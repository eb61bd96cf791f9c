/**
 * Why a server started with `npx cognito-identity-openapi-server mock` outlived `kill <npx pid>`: npm runs the bin
 * as `sh -c 'cognito-identity-openapi-server mock ...'` and forwards SIGTERM and SIGINT to that shell only. On
 * SIGTERM the shell dies without passing it on, and the Node process below it is re-parented and keeps
 * serving; on SIGKILL npm dies and the shell waits on. (SIGINT the shell holds until its child ends, as POSIX
 * shells do; Ctrl-C in a terminal signals the whole process group, so it always reached the server.)
 *
 * Node has no PR_SET_PDEATHSIG, so under npm (`npm_command` set, as for `npx`, `npm exec`, `npm run`) the
 * process watches its parent, and on Linux the parent's parent (npm itself, read from /proc), and treats
 * either going away as the signal meant for it. Not otherwise: a server started from a shell with
 * `nohup ... &` is meant to outlive that shell.
 */
import { readFileSync } from 'node:fs';

/** The parent id of a process from /proc (Linux); undefined where there is no /proc. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `onExit` once, when the process that started this one (or its launcher) has gone; returns a stop function. */
export function onParentExit(onExit: () => void, env: NodeJS.ProcessEnv = process.env, intervalMs = 200): () => void {
  if (!env.npm_command) return () => {};
  const parent = process.ppid;
  const launcher = parentOf(parent);
  const watchLauncher = launcher !== undefined && launcher > 1;
  const timer = setInterval(() => {
    if (process.ppid === parent && (!watchLauncher || isAlive(launcher))) return;
    clearInterval(timer);
    onExit();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

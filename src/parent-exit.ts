/**
 * Why a server started with `npx cognito-identity-openapi mock` outlived `kill <npx pid>`: npm runs the bin
 * as `sh -c 'cognito-identity-openapi' mock ...`, and on SIGTERM or SIGINT it forwards the signal to that
 * shell only. The shell dies without passing it on, and the Node process below it is re-parented and keeps
 * serving. (Ctrl-C in a terminal was never affected: it signals the whole process group.)
 *
 * Node has no PR_SET_PDEATHSIG, so the process watches its parent id instead and treats a change as the
 * signal that was meant for it. Only under npm (`npm_command` set, as for `npx`, `npm exec` and `npm run`):
 * a server started from a shell with `nohup ... &` is meant to outlive that shell.
 */

/** Calls `onExit` once, when the parent process that started this one has gone; returns a stop function. */
export function onParentExit(onExit: () => void, env: NodeJS.ProcessEnv = process.env, intervalMs = 200): () => void {
  if (!env.npm_command) return () => {};
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onExit();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

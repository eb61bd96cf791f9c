/** What this machine has, for tests that need an outside tool and skip (saying so) without it. */
import { execFileSync } from 'node:child_process';

/** Whether python3 can import botocore (AWS's model ships with it). */
export function hasBotocore(): boolean {
  return succeeds('python3', ['-c', 'import botocore']);
}

/** Whether a command is on the PATH. */
export function hasCommand(name: string): boolean {
  return succeeds('sh', ['-c', `command -v ${name}`]);
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

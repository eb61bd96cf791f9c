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

/** Answers already known in this worker (the machine does not change during a run; Python starts slowly). */
const known = new Map<string, boolean>();

function succeeds(command: string, args: string[]): boolean {
  const key = JSON.stringify([command, ...args]);
  let answer = known.get(key);
  if (answer === undefined) {
    try {
      execFileSync(command, args, { stdio: 'ignore' });
      answer = true;
    } catch {
      answer = false;
    }
    known.set(key, answer);
  }
  return answer;
}

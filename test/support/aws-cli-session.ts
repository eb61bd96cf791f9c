/**
 * One AWS CLI (v1) interpreter for a scenario of commands that depend on each other: each command runs through
 * the CLI's own entry point (`awscli.clidriver`, what the `aws` command runs, as test/generated/
 * code-samples-run.test.ts runs the samples), so a scenario of eight commands costs one start-up of the CLI
 * (a second of CPU each) instead of eight.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Reads one command (its words after `aws`, as JSON) per line; writes its exit status and output per line. */
const SESSION = String.raw`
import contextlib, io, json, sys
from awscli.clidriver import create_clidriver
answer = sys.stdout
for line in sys.stdin:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = create_clidriver().main(json.loads(line))
        except SystemExit as exit:
            status = exit.code if isinstance(exit.code, int) else 1
    answer.write(json.dumps({'status': status, 'stdout': out.getvalue(), 'stderr': err.getvalue()}) + '\n')
    answer.flush()
`;

/** What one command gave: its exit status and what it printed. */
export interface AwsCliResult { status: number; stdout: string; stderr: string }

export interface AwsCliSession {
  /** Runs `aws ...args` in the session; commands run one after another, in the order asked. */
  run(args: readonly string[]): Promise<AwsCliResult>;
  close(): Promise<void>;
}

/** Starts the interpreter with `env` (credentials, region) as the `aws` command would see it. */
export function startAwsCliSession(env: NodeJS.ProcessEnv): AwsCliSession {
  const child = spawn('python3', ['-c', SESSION], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => { errors += chunk.toString('utf8'); });
  const waiting: Array<{ resolve: (result: AwsCliResult) => void; reject: (error: Error) => void }> = [];
  createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.resolve(JSON.parse(line) as AwsCliResult));
  const exited = new Promise<void>((resolve) => child.once('exit', (code) => {
    for (const pending of waiting.splice(0)) pending.reject(new Error(`the AWS CLI session exited (${code}): ${errors}`));
    resolve();
  }));
  return {
    run: (args) => new Promise<AwsCliResult>((resolve, reject) => {
      waiting.push({ resolve, reject });
      child.stdin.write(`${JSON.stringify(args)}\n`);
    }),
    close: async () => { child.stdin.end(); await exited; },
  };
}

/** Reading a Dockerfile's instructions, so a test can run what the image runs without restating it. */

/** One instruction: its keyword (upper case) and the rest of its line, continuations joined. */
export interface Instruction {
  keyword: string;
  rest: string;
}

/** The instructions of a Dockerfile, in order (comments, parser directives and blank lines dropped). */
export function instructionsOf(text: string): Instruction[] {
  const lines = text.split('\n').filter((line) => !/^\s*#/.test(line));
  return lines.join('\n').replace(/\\\n\s*/g, ' ').split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [keyword = '', ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), rest: line.slice(keyword.length).trim() };
  });
}

/** The instructions of the last stage: everything after the last FROM. */
export function finalStage(instructions: readonly Instruction[]): Instruction[] {
  const from = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  return instructions.slice(from + 1);
}

/** An exec-form argument list (`["node", "-e", "..."]`); a shell form is refused, since it needs a shell the test would have to guess. */
export function execForm(rest: string): string[] {
  const parsed = JSON.parse(rest) as unknown;
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === 'string')) throw new Error(`not an exec form: ${rest}`);
  return parsed;
}

/** `ENV A=1 B=2` as an object (the key=value form only). */
export function envOf(rest: string): Record<string, string> {
  return Object.fromEntries([...rest.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map(([, key = '', value = '']) => [key, value.replace(/^"(.*)"$/, '$1')]));
}

/** A RUN's command without its `--mount=...` and other flags. */
export function runCommand(rest: string): string {
  return rest.replace(/^(--\S+\s+)+/, '');
}

/** The command of `HEALTHCHECK [--options] CMD [...]`. */
export function healthcheckCommand(rest: string): string[] {
  const at = rest.indexOf('CMD ');
  if (at < 0) throw new Error(`HEALTHCHECK without CMD: ${rest}`);
  return execForm(rest.slice(at + 'CMD '.length));
}

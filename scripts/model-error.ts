/** A broken model: every problem names the place at fault, such as `GetIdInput.Logins: ...`. */
export class ModelError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The model is broken (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'ModelError';
    this.problems = problems;
  }
}

/** Throws a ModelError when there are problems. */
export function throwIfProblems(problems: readonly string[]): void {
  if (problems.length > 0) throw new ModelError(problems);
}

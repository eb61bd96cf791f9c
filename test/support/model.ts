/** A deep copy of the real model, for tests that break one thing in it. */
import { model } from '../../spec/index.ts';

/** A mutable, loosely typed deep copy of the project's model; a JSON round trip, so no two places share an object. */
export function copyModel(): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(JSON.stringify(model));
}

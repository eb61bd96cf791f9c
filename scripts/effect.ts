/**
 * An operation's effect, normalised: the model's state change and idempotency, whether it can destroy data,
 * and which output members carry secrets. The secrets are not a second list kept by hand: they are the
 * output's members whose shapes AWS marks `sensitive`, found by walking the output shape.
 */
import type { Effect, Shape, ShapeName, StateChange } from '../spec/model.ts';

/** The effect as the document publishes it (`x-effect`) and tool annotations read it. */
export interface IrEffect {
  state: StateChange;
  /** It can lose data: it updates in place or deletes. */
  destructive: boolean;
  idempotent: boolean;
  /** Output member paths whose shapes are sensitive: `Credentials.SecretKey`; `[]` marks list items, `{}` map values. */
  sensitiveOutput: readonly string[];
  why?: string;
  judgement?: string;
}

/** States in which a call can lose data. */
const DESTRUCTIVE: readonly StateChange[] = ['updates', 'deletes'];

/** Prose from a template literal as one line. */
function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Paths below `shapeName` that end at a sensitive shape; `prefix` is the path so far. */
export function sensitivePaths(shapeName: ShapeName, shapes: Readonly<Record<ShapeName, Shape>>, prefix = '', seen: ReadonlySet<ShapeName> = new Set()): string[] {
  const shape = shapes[shapeName];
  if (!shape || seen.has(shapeName)) return [];
  const inside = new Set([...seen, shapeName]);
  switch (shape.type) {
    case 'string':
      return shape.sensitive ? [prefix] : [];
    case 'list':
      return sensitivePaths(shape.member, shapes, `${prefix}[]`, inside);
    case 'map':
      return sensitivePaths(shape.value, shapes, `${prefix}{}`, inside);
    case 'structure':
      return Object.entries(shape.members).flatMap(([name, member]) => sensitivePaths(member.shape, shapes, prefix ? `${prefix}.${name}` : name, inside));
    default:
      return [];
  }
}

/** The normalised effect of an operation with the given output shape. */
export function toIrEffect(effect: Effect, output: ShapeName | undefined, shapes: Readonly<Record<ShapeName, Shape>>): IrEffect {
  return {
    state: effect.state,
    destructive: DESTRUCTIVE.includes(effect.state),
    idempotent: effect.idempotent,
    sensitiveOutput: output === undefined ? [] : sensitivePaths(output, shapes),
    ...(effect.why ? { why: oneLine(effect.why) } : {}),
    ...(effect.judgement ? { judgement: oneLine(effect.judgement) } : {}),
  };
}

/**
 * The `x-effect` extension on each operation (the document's overview explains it) and the sentence that
 * says the same to readers of the description.
 */
import type { StateChange } from '../../spec/model.ts';
import type { IrEffect } from '../effect.ts';
import type { SchemaObject } from './schema-object.ts';

/** `x-effect`: keys in fixed order, notes only where the model has them. */
export function toEffectExtension(effect: IrEffect): SchemaObject {
  return {
    state: effect.state,
    destructive: effect.destructive,
    idempotent: effect.idempotent,
    sensitiveOutput: [...effect.sensitiveOutput],
    ...(effect.why ? { why: effect.why } : {}),
    ...(effect.judgement ? { judgement: effect.judgement } : {}),
  };
}

const STATE_WORDS: Record<StateChange, string> = {
  none: 'changes nothing',
  creates: 'creates data and changes none',
  updates: 'changes existing data in place (destructive: old values are lost)',
  deletes: 'deletes data or detaches links (destructive)',
};

/** `**Effect:** creates data and changes none; idempotent. <why> <secrets> <judgement>` */
export function effectSentence(effect: IrEffect): string {
  const secrets = effect.sensitiveOutput.map((path) => `\`${path}\``).join(', ');
  return [
    `**Effect:** ${STATE_WORDS[effect.state]}; ${effect.idempotent ? 'idempotent' : 'not idempotent'}.`,
    ...(effect.why ? [effect.why] : []),
    ...(secrets ? [`The output carries secrets (${secrets}): keep them out of logs.`] : []),
    ...(effect.judgement ? [`(A judgement: ${effect.judgement})`] : []),
  ].join(' ');
}

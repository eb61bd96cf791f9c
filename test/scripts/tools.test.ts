import { describe, expect, it } from 'vitest';
import { annotationsOf, selfContainedSchema } from '../../scripts/tools.ts';

const schemas = {
  In: {
    type: 'object', required: ['Id'],
    properties: { Id: { $ref: '#/components/schemas/Id', description: 'The id.' }, Tags: { $ref: '#/components/schemas/Tags' } },
  },
  Id: { type: 'string', pattern: '[a-z]+', 'x-aws-sensitive': true },
  Tags: { type: 'object', propertyNames: { $ref: '#/components/schemas/Key' }, additionalProperties: { type: 'integer', format: 'int32' } },
  Key: { type: 'string', maxLength: 8 },
  Unused: { type: 'boolean' },
};

describe('selfContainedSchema', () => {
  it('inlines the root, puts what it reaches under $defs, and drops OpenAPI-only keywords', () => {
    expect(selfContainedSchema('In', schemas)).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['Id'],
      properties: { Id: { $ref: '#/$defs/Id', description: 'The id.' }, Tags: { $ref: '#/$defs/Tags' } },
      $defs: {
        Id: { type: 'string', pattern: '[a-z]+' },
        Key: { type: 'string', maxLength: 8 },
        Tags: { type: 'object', propertyNames: { $ref: '#/$defs/Key' }, additionalProperties: { type: 'integer' } },
      },
    });
  });

  it('leaves $defs out when the root references nothing', () => {
    expect(selfContainedSchema('Key', schemas)).toEqual({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', maxLength: 8 });
  });
});

describe('annotationsOf', () => {
  const op = (state: string, destructive: boolean, idempotent: boolean) => ({ name: 'Op', summary: 'Op summary', effect: { state, destructive, idempotent } }) as never;

  it.each([
    ['a read', op('none', false, true), { readOnlyHint: true, destructiveHint: false, idempotentHint: true }],
    ['a creation that is not idempotent', op('creates', false, false), { readOnlyHint: false, destructiveHint: false, idempotentHint: false }],
    ['an update', op('updates', true, true), { readOnlyHint: false, destructiveHint: true, idempotentHint: true }],
    ['a deletion', op('deletes', true, true), { readOnlyHint: false, destructiveHint: true, idempotentHint: true }],
  ])('%s', (_what, operation, want) => {
    expect(annotationsOf(operation)).toEqual({ title: 'Op summary', ...want, openWorldHint: true });
  });

  it('reads the effect, not the name: a Get that creates is no read', () => {
    expect(annotationsOf({ name: 'GetId', summary: 's', effect: { state: 'creates', destructive: false, idempotent: true } } as never).readOnlyHint).toBe(false);
  });
});

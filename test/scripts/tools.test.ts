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
  const op = (name: string, idempotent = false) => ({ name, summary: `${name} summary`, idempotent }) as never;

  it.each([
    ['DescribeIdentityPool', true, { readOnlyHint: true, idempotentHint: true }],
    ['LookupDeveloperIdentity', false, { readOnlyHint: true }],
    ['DeleteIdentities', true, { readOnlyHint: false, destructiveHint: true, idempotentHint: true }],
    ['MergeDeveloperIdentities', false, { readOnlyHint: false, destructiveHint: true }],
    ['TagResource', true, { readOnlyHint: false, destructiveHint: false, idempotentHint: true }],
  ])('%s', (name, idempotent, want) => {
    expect(annotationsOf(op(name, idempotent))).toEqual({ title: `${name} summary`, ...want, openWorldHint: true });
  });
});

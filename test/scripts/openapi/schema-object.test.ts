import { describe, expect, it } from 'vitest';
import type { Shape } from '../../../spec/model.ts';
import { toSchemaObject } from '../../../scripts/openapi/schema-object.ts';

describe('toSchemaObject', () => {
  it.each<[string, Shape, Record<string, unknown>]>([
    [
      'a constrained string',
      { type: 'string', doc: 'An id.', min: 1, max: 55, pattern: '[\\w-]+:[0-9a-f-]+' },
      { type: 'string', description: 'An id.', minLength: 1, maxLength: 55, pattern: '^[\\w-]+:[0-9a-f-]+$' },
    ],
    [
      'a sensitive string',
      { type: 'string', doc: 'A token.', min: 1, sensitive: true },
      { type: 'string', description: 'A token.', minLength: 1, 'x-aws-sensitive': true },
    ],
    [
      'an enum',
      { type: 'string', doc: 'A kind.', enum: ['Token', 'Rules'] },
      { type: 'string', description: 'A kind.', enum: ['Token', 'Rules'] },
    ],
    [
      'a zero lower bound',
      { type: 'string', doc: 'A value.', min: 0, max: 256 },
      { type: 'string', description: 'A value.', minLength: 0, maxLength: 256 },
    ],
    ['a boolean', { type: 'boolean', doc: 'A flag.' }, { type: 'boolean', description: 'A flag.' }],
    [
      'an integer',
      { type: 'integer', doc: 'A size.', min: 1, max: 60 },
      { type: 'integer', format: 'int32', description: 'A size.', minimum: 1, maximum: 60 },
    ],
    [
      'a long',
      { type: 'long', doc: 'Seconds.', min: 1, max: 86400 },
      { type: 'integer', format: 'int64', description: 'Seconds.', minimum: 1, maximum: 86400 },
    ],
    ['a timestamp, as epoch seconds', { type: 'timestamp', doc: 'When.' }, { type: 'number', description: 'When.' }],
    [
      'a list',
      { type: 'list', doc: 'Ids.', member: 'IdentityId', min: 1, max: 60 },
      { type: 'array', description: 'Ids.', items: { $ref: '#/components/schemas/IdentityId' }, minItems: 1, maxItems: 60 },
    ],
    [
      'a structure',
      {
        type: 'structure',
        doc: 'Input.',
        members: {
          AccountId: { shape: 'AccountId', doc: 'The account.' },
          IdentityPoolId: { shape: 'IdentityPoolId', doc: 'The pool.', required: true },
        },
      },
      {
        type: 'object',
        description: 'Input.',
        required: ['IdentityPoolId'],
        properties: {
          AccountId: { $ref: '#/components/schemas/AccountId', description: 'The account.' },
          IdentityPoolId: { $ref: '#/components/schemas/IdentityPoolId', description: 'The pool.' },
        },
      },
    ],
    ['an empty structure', { type: 'structure', doc: 'Nothing.', members: {} }, { type: 'object', description: 'Nothing.', properties: {} }],
  ])('maps %s', (_what, shape, want) => {
    expect(toSchemaObject('Any', shape)).toEqual(want);
  });

  it('inlines a map\'s key and value shapes, named by title, down to the last $ref', () => {
    const shapes: Record<string, Shape> = {
      Name: { type: 'string', doc: 'A provider.', min: 1, max: 128 },
      Rule: { type: 'structure', doc: 'A rule.', members: { Claim: { shape: 'Name', doc: 'The claim.', required: true } } },
      Rules: { type: 'map', doc: 'Rules.', key: 'Name', value: 'Rule', max: 10 },
    };
    expect(toSchemaObject('Rules', shapes.Rules as Shape, shapes)).toEqual({
      type: 'object',
      description: 'Rules.',
      propertyNames: { title: 'Name', type: 'string', description: 'A provider.', minLength: 1, maxLength: 128 },
      additionalProperties: {
        title: 'Rule',
        type: 'object',
        description: 'A rule.',
        required: ['Claim'],
        properties: { Claim: { title: 'Name', type: 'string', description: 'The claim.', minLength: 1, maxLength: 128 } },
      },
      maxProperties: 10,
    });
    expect(() => toSchemaObject('Rules', shapes.Rules as Shape)).toThrow('Name: no such shape to inline');
  });

  it('gives an error shape a required __type constant', () => {
    const shape: Shape = {
      type: 'structure', doc: 'Not found.', error: true,
      members: { message: { shape: 'String', doc: 'Which.' } },
    };
    expect(toSchemaObject('ResourceNotFoundException', shape)).toEqual({
      type: 'object',
      description: 'Not found.',
      required: ['__type'],
      properties: {
        __type: { type: 'string', const: 'ResourceNotFoundException', enum: ['ResourceNotFoundException'], description: 'The error name.' },
        message: { $ref: '#/components/schemas/String', description: 'Which.' },
      },
    });
  });
});

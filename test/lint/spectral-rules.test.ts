/**
 * One table per custom Spectral rule: a small document that breaks it, and the same document whole, which
 * passes. Spectral runs in-process with the project's ruleset, as `npm run lint:spectral` loads it.
 */
import * as fs from 'node:fs';
import { Document, Spectral } from '@stoplight/spectral-core';
import { Json } from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { fetch } from '@stoplight/spectral-runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../support/paths.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MT = 'application/x-amz-json-1.1';
const TARGET = 'AWSCognitoIdentityService.GetId';
const KEY = `/#X-Amz-Target=${TARGET}`;
/** Where the table's documents claim to come from: the ruleset's `overrides` match documents by path. */
const SOURCE = repoPath('test/lint/table-document.json');

/** A tiny document that follows every project rule. */
function goodDocument(): Obj {
  const error = (name: string) => ({
    description: name,
    content: { [MT]: { schema: { $ref: `#/components/schemas/${name}` } } },
  });
  return {
    openapi: '3.1.0',
    info: { title: 't', version: '1', description: 'd', contact: { name: 'c' } },
    servers: [{ url: 'https://cognito-identity.us-east-1.amazonaws.com' }],
    tags: [{ name: 'Identities', description: 'd' }],
    paths: {
      [KEY]: {
        post: {
          operationId: 'GetId',
          summary: 'Get an identity id',
          description: 'Gets it.',
          tags: ['Identities'],
          parameters: [{ name: 'X-Amz-Target', in: 'header', required: true, schema: { type: 'string', const: TARGET } }],
          requestBody: { required: true, content: { [MT]: { schema: { $ref: '#/components/schemas/In' }, examples: { a: { value: { Id: 'x' } } } } } },
          responses: {
            '200': { description: 'ok', content: { [MT]: { schema: { $ref: '#/components/schemas/Out' }, examples: { a: { value: { When: 1 } } } } } },
            '400': error('Bad'),
            '500': error('Boom'),
          },
        },
      },
    },
    components: {
      schemas: {
        In: { type: 'object', properties: { Id: { type: 'string', pattern: '^[\\w-]+$' } } },
        Out: { type: 'object', properties: { When: { type: 'number' } } },
        Bad: { type: 'object', required: ['__type'], properties: { __type: { type: 'string', const: 'Bad' }, message: { type: 'string' } } },
        Boom: { type: 'object', required: ['__type'], properties: { __type: { type: 'string', const: 'Boom' }, message: { type: 'string' } } },
      },
    },
  };
}

let spectral: Spectral;

beforeAll(async () => {
  spectral = new Spectral();
  spectral.setRuleset(await bundleAndLoadRuleset(repoPath('lint/spectral.yaml'), { fs, fetch }));
});

async function findings(document: Obj, rule: string): Promise<string[]> {
  const results = await spectral.run(new Document(JSON.stringify(document, null, 2), Json, SOURCE));
  return results.filter((r) => r.code === rule).map((r) => r.message);
}

const post = (doc: Obj): Obj => doc.paths[KEY].post;

describe('the good document', () => {
  it('passes every project rule', async () => {
    const results = await spectral.run(new Document(JSON.stringify(goodDocument()), Json, SOURCE));
    expect(results.filter((r) => String(r.code).startsWith('aws-')).map((r) => r.code)).toEqual([]);
  });
});

describe.each<[string, Array<[string, (doc: Obj) => void, RegExp]>]>([
  ['aws-pseudo-path', [
    ['a plain path', (d) => { d.paths['/get-id'] = d.paths[KEY]; delete d.paths[KEY]; }, /"\/get-id" is not of the form/],
    ['a query-string key', (d) => { d.paths[`/?X-Amz-Target=${TARGET}`] = d.paths[KEY]; delete d.paths[KEY]; }, /is not of the form/],
    ['a second method', (d) => { d.paths[KEY].get = structuredClone(post(d)); }, /exactly one operation, post \(found: get, post\)/],
    ['a get instead of post', (d) => { d.paths[KEY].get = post(d); delete d.paths[KEY].post; }, /found: get\)/],
  ]],
  ['aws-target-consistent', [
    ['a missing header', (d) => { post(d).parameters = []; }, /no X-Amz-Target header parameter/],
    ['an optional header', (d) => { post(d).parameters[0].required = false; }, /must be required/],
    ['another target', (d) => { post(d).parameters[0].schema.const = 'AWSCognitoIdentityService.GetOpenIdToken'; }, /not exactly "AWSCognitoIdentityService.GetId"/],
    ['an enum that names another operation', (d) => { post(d).parameters[0].schema.enum = ['AWSCognitoIdentityService.GetOpenIdToken']; }, /allows \["AWSCognitoIdentityService.GetId","AWSCognitoIdentityService.GetOpenIdToken"\]/],
    ['an open header', (d) => { post(d).parameters[0].schema = { type: 'string' }; }, /allows \[\]/],
    ['another operationId', (d) => { post(d).operationId = 'getId'; }, /operationId "getId" should be "GetId"/],
  ]],
  ['aws-json-media-type', [
    ['a JSON request', (d) => { const c = post(d).requestBody.content; c['application/json'] = c[MT]; delete c[MT]; }, /request body must use only application\/x-amz-json-1.1 \(found: application\/json\)/],
    ['a second response type', (d) => { const c = post(d).responses['200'].content; c['application/json'] = c[MT]; }, /200 response must use only/],
    ['an error without a body', (d) => { delete post(d).responses['500'].content; }, /500 response has no content/],
  ]],
  ['aws-error-type', [
    ['an error without __type', (d) => { d.components.schemas.Bad = { type: 'object', properties: { message: { type: 'string' } } }; }, /400 response has an error schema without a required string __type/],
    ['an optional __type', (d) => { d.components.schemas.Boom.required = []; }, /500 response/],
    ['a oneOf member without __type', (d) => { post(d).responses['400'].content[MT].schema = { oneOf: [{ $ref: '#/components/schemas/Missing' }, { type: 'object' }] }; }, /400 response/],
  ]],
  ['aws-error-status', [
    ['an invented status', (d) => { post(d).responses['480'] = post(d).responses['400']; }, /Status 480 is not one the service sends/],
    ['a 201', (d) => { post(d).responses['201'] = post(d).responses['200']; }, /Status 201/],
    ['a Smithy 404', (d) => { post(d).responses['404'] = post(d).responses['400']; }, /Status 404 is not one the service sends/],
  ]],
  ['aws-anchored-pattern', [
    ['an unanchored pattern', (d) => { d.components.schemas.In.properties.Id.pattern = '[\\w-]+:[0-9a-f-]+'; }, /Every pattern is anchored/],
    ['a pattern anchored at one end', (d) => { d.components.schemas.In.properties.Id.pattern = '^[\\w-]+'; }, /Every pattern is anchored/],
  ]],
  ['aws-operation-documented', [
    ['no summary', (d) => { delete post(d).summary; }, /GetId: no summary/],
    ['no description', (d) => { post(d).description = ' '; }, /GetId: no description/],
    ['no request example', (d) => { delete post(d).requestBody.content[MT].examples; }, /GetId: no request example/],
    ['no response example', (d) => { post(d).responses['200'].content[MT].examples = {}; }, /GetId: no 200 response example/],
  ]],
  ['aws-no-date-time', [
    ['a date-time timestamp', (d) => { d.components.schemas.Out.properties.When = { type: 'string', format: 'date-time' }; }, /never `date-time` or `date` strings/],
    ['a date', (d) => { d.components.schemas.In.properties.Id.format = 'date'; }, /Found format date/],
  ]],
])('%s', (rule, cases) => {
  it('passes the good document', async () => {
    expect(await findings(goodDocument(), rule)).toEqual([]);
  });

  it.each(cases)('flags %s', async (_what, breakIt, message) => {
    const doc = goodDocument();
    breakIt(doc);
    const found = await findings(doc, rule);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});

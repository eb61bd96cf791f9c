import { readFileSync } from 'node:fs';
import '@hyperjump/json-schema/draft-2020-12';
import { validate } from '@hyperjump/json-schema/openapi-3-1';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkExamples } from '../../scripts/example-check.ts';
import { repoPath } from '../support/paths.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json: Obj = JSON.parse(readFileSync(repoPath('packages/document/openapi.json'), 'utf8'));
const yaml: Obj = parse(readFileSync(repoPath('packages/document/openapi.yaml'), 'utf8'));
const operations = Object.entries(json.paths as Obj).map(([key, item]) => ({ key, post: (item as Obj).post as Obj }));

/** Every Schema Object in the document: components, media types and parameters, with where it is. */
function schemaObjects(node: unknown, where = '#'): Array<[string, unknown]> {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Obj).flatMap(([key, value]): Array<[string, unknown]> => {
    const here = `${where}/${key}`;
    if (key === 'schema' && !where.endsWith('/properties')) return [[here, value]];
    if (where === '#/components/schemas') return [[here, value]];
    return schemaObjects(value, here);
  });
}

describe('packages/document/openapi.json and packages/document/openapi.yaml', () => {
  it('carry the same document', () => {
    expect(yaml).toEqual(json);
  });

  it('validate against the official OpenAPI 3.1 schema', async () => {
    const output = await validate('https://spec.openapis.org/oas/3.1/schema', json);
    expect(output.valid, JSON.stringify((output as { errors?: unknown[] }).errors?.slice(0, 5), null, 2)).toBe(true);
  });

  // The document declares the plain 2020-12 dialect, so OpenAPI's `schema-base` (which pins the OAS base
  // dialect) does not apply; instead every Schema Object is held to the 2020-12 meta-schema.
  it('hold Schema Objects that are valid JSON Schema 2020-12', async () => {
    const metaSchema = await validate('https://json-schema.org/draft/2020-12/schema');
    const invalid = schemaObjects(json).filter(([, schema]) => !metaSchema(schema as never).valid).map(([where]) => where);
    expect(invalid).toEqual([]);
    expect(schemaObjects(json).length).toBeGreaterThan(111);
    expect(metaSchema({ type: 'text' }).valid).toBe(false);
  });

  it('use the JSON Schema 2020-12 dialect', () => {
    expect(json.openapi).toBe('3.1.0');
    expect(json.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('hold examples that all validate against their schemas (ajv, 2020-12)', () => {
    expect(checkExamples(json)).toEqual([]);
  });

  it('give every operation a request and a response example, and every error an example', () => {
    const MT = 'application/x-amz-json-1.1';
    for (const { post } of operations) {
      expect(Object.keys(post.requestBody.content[MT].examples).length, post.operationId).toBeGreaterThan(0);
      expect(Object.keys(post.responses['200'].content[MT].examples).length, post.operationId).toBeGreaterThan(0);
    }
    const errorExamples = new Set<string>();
    const collect = (response: Obj) => Object.keys(response.content?.[MT]?.examples ?? {}).forEach((n) => errorExamples.add(n));
    Object.values(json.components.responses as Obj).forEach(collect);
    operations.forEach(({ post }) => Object.entries(post.responses as Obj).filter(([s]) => s !== '200').forEach(([, r]) => collect(r)));
    const errorShapes = Object.keys(json.components.schemas).filter((n) => json.components.schemas[n].properties?.__type);
    expect([...errorExamples].sort()).toEqual(errorShapes.sort());
  });

  it('mark exactly the four public operations unsigned', () => {
    const unsigned = operations.filter(({ post }) => Array.isArray(post.security) && post.security.length === 0).map(({ post }) => post.operationId);
    expect(unsigned.sort()).toEqual(['GetCredentialsForIdentity', 'GetId', 'GetOpenIdToken', 'UnlinkIdentity']);
    expect(json.security).toEqual([{ sigv4: [] }]);
    expect(json.components.securitySchemes.sigv4).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization', 'x-amazon-apigateway-authtype': 'awsSigv4' });
  });

  it('keep intent summaries to at most 8 words', () => {
    for (const { post } of operations) expect(post.summary.split(/\s+/).length, post.operationId).toBeLessThanOrEqual(8);
  });

  it('offer the China partition, GovCloud and FIPS endpoints as servers', () => {
    const urls = json.servers.map((s: Obj) => s.url);
    expect(urls).toContain('https://cognito-identity.{region}.amazonaws.com.cn');
    expect(urls).toContain('https://cognito-identity-fips.{region}.amazonaws.com');
    const gov = json.servers.find((s: Obj) => s.description.startsWith('AWS GovCloud'));
    expect(gov.variables.region.enum).toEqual(['us-gov-east-1', 'us-gov-west-1']);
  });

  it('hold no $ref inside a map, which generic OpenAPI->MCP servers leave dangling', () => {
    const maps = Object.entries(json.components.schemas as Obj).filter(([, s]) => (s as Obj).propertyNames);
    expect(maps.map(([name]) => name).sort()).toEqual(['IdentityPoolTagsType', 'IdentityProviders', 'LoginsMap', 'PrincipalTags', 'RoleMappingMap', 'RolesMap']);
    for (const [name, map] of maps) {
      expect(JSON.stringify([(map as Obj).propertyNames, (map as Obj).additionalProperties]), name).not.toContain('$ref');
    }
  });

  it('give every `const` the same value as a one-item `enum`, for tools that read no `const`', () => {
    const consts = JSON.stringify(json).match(/"const":/g) ?? [];
    const problems: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const o = node as Obj;
      if ('const' in o && JSON.stringify(o.enum) !== JSON.stringify([o.const])) problems.push(where);
      for (const [k, v] of Object.entries(o)) walk(v, `${where}/${k}`);
    };
    walk(json, '#');
    expect(consts.length).toBeGreaterThan(23);
    expect(problems).toEqual([]);
  });

  it('declare the CORS headers the service sends on every answer', () => {
    for (const { key, post } of operations) {
      for (const [status, raw] of Object.entries(post.responses as Obj)) {
        const response = (raw as Obj).$ref ? json.components.responses[(raw as Obj).$ref.split('/').pop()] : raw;
        expect(Object.keys(response.headers), `${key} ${status}`).toEqual(expect.arrayContaining(['Access-Control-Allow-Origin', 'Access-Control-Expose-Headers']));
      }
    }
  });

  it('give every server variable only `default` and `enum`: swagger-parser 13 rejects a `description` there (APIDevTools/swagger-cli#83)', () => {
    for (const server of json.servers) expect(Object.keys(server.variables.region).sort(), server.url).toEqual(['default', 'enum']);
  });
});

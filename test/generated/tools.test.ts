/** packages/document/tools.json: one MCP tool per operation, self-contained schemas that compile, examples that fit. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ToolEntry } from '../../packages/server/src/mcp/tools.ts';
import { document, operationCases } from '../support/document.ts';
import { repoPath } from '../support/paths.ts';

const MT = 'application/x-amz-json-1.1';
const { tools } = JSON.parse(readFileSync(repoPath('packages/document/tools.json'), 'utf8')) as { tools: ToolEntry[] };
const byName = new Map(tools.map((t) => [t.name, t]));

/** Every `$ref` in a schema. */
function refs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refs);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refs(v)));
}

describe('the tool catalogue', () => {
  it('has one tool per operation, titled by its intent summary', () => {
    expect(tools.map((t) => t.name).sort()).toEqual(operationCases.map((c) => c.name).sort());
    for (const { name, post } of operationCases) {
      expect(byName.get(name)?.title).toBe(post.summary);
      expect(byName.get(name)?.description).toContain('**Authentication:**');
    }
  });

  it('has schemas that compile (ajv, 2020-12, strict) with only internal refs', () => {
    const ajv = new Ajv2020({ strict: true });
    for (const tool of tools) {
      for (const schema of [tool.inputSchema, tool.outputSchema]) {
        expect(schema.type, tool.name).toBe('object');
        expect(() => ajv.compile(schema), tool.name).not.toThrow();
        for (const ref of refs(schema)) {
          expect(ref, tool.name).toMatch(/^#\/\$defs\/\w+$/);
          expect((schema.$defs as Record<string, unknown>)[ref.slice('#/$defs/'.length)], `${tool.name} ${ref}`).toBeDefined();
        }
      }
    }
  });

  it('accepts every request example of the document, and rejects a broken one', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    let checked = 0;
    for (const { name, post } of operationCases) {
      const validate = ajv.compile(byName.get(name)?.inputSchema as object);
      for (const [example, { value }] of Object.entries(post.requestBody.content[MT].examples as Record<string, { value: unknown }>)) {
        expect(validate(value), `${name} ${example}: ${JSON.stringify(validate.errors)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(23);
    expect(ajv.compile(byName.get('GetId')?.inputSchema as object)({ IdentityPoolId: 'not a pool' })).toBe(false);
  });

  // The effect of every operation, as the model states it: [state, idempotent, sensitive output members].
  // readOnlyHint, destructiveHint and idempotentHint must follow from it, in the document and the catalogue.
  const effects: Record<string, [string, boolean, string[]]> = {
    CreateIdentityPool: ['creates', false, []],
    DeleteIdentities: ['deletes', true, []],
    DeleteIdentityPool: ['deletes', true, []],
    DescribeIdentity: ['none', true, []],
    DescribeIdentityPool: ['none', true, []],
    GetCredentialsForIdentity: ['none', true, ['Credentials.SecretKey']],
    GetId: ['creates', true, []],
    GetIdentityPoolRoles: ['none', true, []],
    GetOpenIdToken: ['creates', true, ['Token']],
    GetOpenIdTokenForDeveloperIdentity: ['creates', true, ['Token']],
    GetPrincipalTagAttributeMap: ['none', true, []],
    ListIdentities: ['none', true, []],
    ListIdentityPools: ['none', true, []],
    ListTagsForResource: ['none', true, []],
    LookupDeveloperIdentity: ['none', true, []],
    MergeDeveloperIdentities: ['deletes', true, []],
    SetIdentityPoolRoles: ['updates', true, []],
    SetPrincipalTagAttributeMap: ['updates', true, []],
    TagResource: ['updates', true, []],
    UnlinkDeveloperIdentity: ['deletes', true, []],
    UnlinkIdentity: ['deletes', true, []],
    UntagResource: ['deletes', true, []],
    UpdateIdentityPool: ['updates', true, []],
  };

  it('covers every operation in the effect table', () => {
    expect(Object.keys(effects).sort()).toEqual(operationCases.map((c) => c.name).sort());
  });

  it.each(Object.entries(effects))('%s: x-effect and annotations follow the model', (name, [state, idempotent, sensitiveOutput]) => {
    const post = operationCases.find((c) => c.name === name)?.post;
    const destructive = state === 'updates' || state === 'deletes';
    expect(post?.['x-effect']).toMatchObject({ state, destructive, idempotent, sensitiveOutput });
    expect(byName.get(name)?.annotations).toEqual({
      title: post?.summary, readOnlyHint: state === 'none', destructiveHint: destructive, idempotentHint: idempotent, openWorldHint: true,
    });
  });

  it('offers read-only only what changes nothing: not GetId, GetOpenIdToken or GetOpenIdTokenForDeveloperIdentity', () => {
    const readOnly = tools.filter((t) => t.annotations.readOnlyHint).map((t) => t.name);
    expect(readOnly).not.toContain('GetId');
    expect(readOnly).not.toContain('GetOpenIdToken');
    expect(readOnly).not.toContain('GetOpenIdTokenForDeveloperIdentity');
    expect(readOnly).toHaveLength(9);
  });

  it('lists as sensitive output exactly the members whose schemas say x-aws-sensitive', () => {
    expect(document.components.schemas.Credentials.properties.SecretKey.$ref).toBe('#/components/schemas/SecretKeyString');
    expect(document.components.schemas.SecretKeyString['x-aws-sensitive']).toBe(true);
    expect(document.components.schemas.OIDCToken['x-aws-sensitive']).toBe(true);
  });

  it('says the effect in every description', () => {
    for (const tool of tools) expect(tool.description, tool.name).toMatch(/\*\*Effect:\*\* /);
    expect(byName.get('GetCredentialsForIdentity')?.description).toContain('The output carries secrets (`Credentials.SecretKey`)');
  });
});

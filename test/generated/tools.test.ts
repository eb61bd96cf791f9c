/** generated/tools.json: one MCP tool per operation, self-contained schemas that compile, examples that fit. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { ToolEntry } from '../../src/mcp/tools.ts';
import { operationCases } from '../support/document.ts';
import { repoPath } from '../support/paths.ts';

const MT = 'application/x-amz-json-1.1';
const { tools } = JSON.parse(readFileSync(repoPath('generated/tools.json'), 'utf8')) as { tools: ToolEntry[] };
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

  it.each([
    ['DescribeIdentityPool', { readOnlyHint: true, idempotentHint: true }],
    ['ListIdentities', { readOnlyHint: true }],
    ['LookupDeveloperIdentity', { readOnlyHint: true }],
    ['DeleteIdentityPool', { readOnlyHint: false, destructiveHint: true, idempotentHint: true }],
    ['UnlinkIdentity', { readOnlyHint: false, destructiveHint: true }],
    ['MergeDeveloperIdentities', { readOnlyHint: false, destructiveHint: true }],
    ['CreateIdentityPool', { readOnlyHint: false, destructiveHint: false }],
    ['SetIdentityPoolRoles', { readOnlyHint: false, destructiveHint: false, idempotentHint: true }],
  ])('annotates %s', (name, want) => {
    expect(byName.get(name)?.annotations).toMatchObject(want);
  });

  it('leaves idempotentHint out where the operation is not idempotent', () => {
    expect(byName.get('CreateIdentityPool')?.annotations).not.toHaveProperty('idempotentHint');
    expect(byName.get('MergeDeveloperIdentities')?.annotations).not.toHaveProperty('idempotentHint');
  });
});

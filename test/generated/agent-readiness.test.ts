import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENT_READINESS_GOAL, agentReadiness } from '../../bench/document-quality.ts';
import type { Results } from '../../bench/figures.ts';
import { repoPath } from '../support/paths.ts';

describe('how tools that judge an OpenAPI file rate the published document', () => {
  it(`scores at least ${AGENT_READINESS_GOAL} for agent readiness in redocly score, with no polymorphism left`, () => {
    const { score, subscores } = agentReadiness(repoPath('.'), repoPath('packages/document/openapi.yaml'));
    expect(score).toBeGreaterThanOrEqual(AGENT_READINESS_GOAL);
    expect(subscores.polymorphismClarity).toBe(100);
  });

  it('explains in bench/README.md every OWASP rule the bench figure still lists', () => {
    const results = JSON.parse(readFileSync(repoPath('bench/results.json'), 'utf8')) as Results;
    const owasp = results.figures.find((f) => f.key === 'owasp')?.figure ?? '';
    const rules = [...owasp.matchAll(/api\d+:\d{4}-[a-z0-9-]+/g)].map((m) => m[0]);
    expect(rules.length).toBeGreaterThan(0);
    const readme = readFileSync(repoPath('bench/README.md'), 'utf8');
    expect(rules.filter((rule) => !readme.includes(`\`${rule}\``))).toEqual([]);
  });
});

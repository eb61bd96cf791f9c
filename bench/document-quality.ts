/**
 * How tools that judge an OpenAPI file rate the published document, beside the copy catalogues carry today
 * (APIs.guru's `amazonaws.com/cognito-identity`, converted from the AWS SDK's model by aws2openapi): Redocly's
 * agent readiness (`redocly score`) and the findings of Spectral's OWASP ruleset, rule by rule. The APIs.guru
 * copy is read from the path given as `--apis-guru=<file>` (or `APIS_GURU_OPENAPI`); nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { verdict, type Figure } from './figures.ts';
import { printTable } from './measure.ts';

/** The agent readiness the document must reach (issue 17). */
export const AGENT_READINESS_GOAL = 95;

/** stdout of a tool from node_modules/.bin, parsed as JSON; throws naming the tool when it gives none. */
function runJson(root: string, tool: string, args: readonly string[]): unknown {
  const result = spawnSync(join(root, 'node_modules/.bin', tool), args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new Error(`${tool} ${args.join(' ')} gave no JSON (status ${result.status}): ${result.stderr.slice(0, 500)}`);
  }
}

/** `redocly score`'s agent readiness (0 to 100) and its subscores in percent. */
export function agentReadiness(root: string, file: string): { score: number; subscores: Record<string, number> } {
  const out = runJson(root, 'redocly', ['score', file, '--format', 'json']) as { agentReadiness: number; subscores: Record<string, number> };
  return { score: out.agentReadiness, subscores: Object.fromEntries(Object.entries(out.subscores).map(([k, v]) => [k, Math.round(v * 100)])) };
}

/** Spectral OWASP findings by rule (without the `owasp:` prefix), most frequent first. */
export function owaspFindings(root: string, file: string): Array<[string, number]> {
  const out = runJson(root, 'spectral', ['lint', file, '--ruleset', join(root, 'bench/owasp.spectral.yaml'), '--format', 'json', '--quiet']) as Array<{ code: string }>;
  const counts = new Map<string, number>();
  for (const { code } of out) counts.set(code.replace(/^owasp:/, ''), (counts.get(code.replace(/^owasp:/, '')) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const total = (findings: ReadonlyArray<[string, number]>) => findings.reduce((n, [, c]) => n + c, 0);

/** Prints both documents' scores and findings; returns the agent readiness and OWASP figures. */
export function benchDocumentQuality(root: string, apisGuru: string | undefined): Figure[] {
  const ours = agentReadiness(root, join(root, 'packages/document/openapi.yaml'));
  const theirs = apisGuru ? agentReadiness(root, apisGuru) : undefined;
  printTable('redocly score (agent readiness, subscores in %)', [
    ['', 'this document', 'APIs.guru copy'],
    ['agent readiness', String(ours.score), theirs ? String(theirs.score) : 'not given (--apis-guru=<file>)'],
    ...Object.entries(ours.subscores).map(([k, v]) => [k, `${v}%`, theirs ? `${theirs.subscores[k]}%` : '']),
  ]);
  const ourFindings = owaspFindings(root, join(root, 'packages/document/openapi.yaml'));
  const theirFindings = apisGuru ? owaspFindings(root, apisGuru) : undefined;
  const rules = [...new Set([...ourFindings, ...(theirFindings ?? [])].map(([rule]) => rule))];
  const count = (findings: ReadonlyArray<[string, number]> | undefined, rule: string) => String(findings?.find(([r]) => r === rule)?.[1] ?? (findings ? 0 : ''));
  printTable('Spectral OWASP ruleset findings by rule', [
    ['rule', 'this document', 'APIs.guru copy'],
    ...rules.map((rule) => [rule, count(ourFindings, rule), count(theirFindings, rule)]),
    ['total', String(total(ourFindings)), theirFindings ? String(total(theirFindings)) : ''],
  ]);
  const beside = (text: string | undefined) => (text === undefined ? ' (APIs.guru copy: not given)' : `; the APIs.guru copy: ${text}`);
  return [
    {
      key: 'agent-readiness',
      what: 'agent readiness, `redocly score`',
      figure: `${ours.score}/100${beside(theirs && `${theirs.score}/100`)}`,
      goal: `>= ${AGENT_READINESS_GOAL}: ${verdict(ours.score >= AGENT_READINESS_GOAL)}`,
    },
    {
      key: 'owasp',
      what: 'Spectral OWASP ruleset findings',
      figure: `${total(ourFindings)} (${ourFindings.map(([r, c]) => `${r} ${c}`).join(', ')})${beside(theirFindings && String(total(theirFindings)))}`,
      goal: 'each remaining rule explained in bench/README.md',
    },
  ];
}

/**
 * The published Arazzo workflows: the four use cases over the published document, with inputs that reach the
 * server whole. Redocly Respect checks inputs with Ajv's `removeAdditional: "all"` (respect-core,
 * `resolveInputValuesToSchema`), which strips every key no `properties` or `patternProperties` names; the
 * check below runs the same Ajv options over each workflow's inputs. The run itself, through the shipped
 * `workflows` command against the emulator, is packages/server/test/emulator/workflows.test.ts.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MEDIA_TYPE } from '../../packages/client/src/protocol.ts';
import { repoPath } from '../support/paths.ts';

type Workflow = { workflowId: string; inputs: { properties: Record<string, unknown> }; steps: Array<{ requestBody: { contentType: string } }> };
const arazzo = parse(readFileSync(repoPath('packages/document/workflows.arazzo.yaml'), 'utf8')) as { arazzo: string; sourceDescriptions: unknown; workflows: Workflow[] };

const inputs: Record<string, unknown> = {
  authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261122/us-east-1/cognito-identity/aws4_request, SignedHeaders=host;x-amz-date, Signature=0',
  poolName: 'photo-share',
  googleClientId: '407408718192-8h2k3m4n5p6q7r8s.apps.googleusercontent.com',
  googleIdToken: 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20ifQ.c2lnbmF0dXJl',
  authenticatedRoleArn: 'arn:aws:iam::123456789012:role/Cognito_PhotoShareAuth_Role',
  unauthenticatedRoleArn: 'arn:aws:iam::123456789012:role/Cognito_PhotoShareUnauth_Role',
  identityPoolId: 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10',
  developerLogins: { 'login.photoshare.app': 'user-4821' },
};

/** What Respect passes on of `values` for a workflow's input schema (its Ajv options, respect-core 2.x). */
function asRespectSeesIt(schema: object, values: Record<string, unknown>): Record<string, unknown> {
  const ajv = new Ajv2020({ useDefaults: true, removeAdditional: 'all', coerceTypes: true, strictTypes: false, strict: false });
  const copy = structuredClone(values);
  ajv.compile(schema)(copy);
  return copy;
}

describe('the Arazzo workflows', () => {
  it('declare the four use cases over the published document, on the wire media type', () => {
    expect(arazzo.arazzo).toBe('1.0.1');
    expect(arazzo.sourceDescriptions).toEqual([{ name: 'cognitoIdentity', url: './openapi.yaml', type: 'openapi' }]);
    expect(arazzo.workflows.map((w) => w.workflowId)).toEqual(['federatedSignIn', 'guestAccess', 'developerAuthenticatedIdentity', 'agentProvisioning']);
    expect(new Set(arazzo.workflows.flatMap((w) => w.steps.map((s) => s.requestBody.contentType)))).toEqual(new Set([MEDIA_TYPE]));
  });

  it.each(arazzo.workflows.map((w) => [w.workflowId, w] as const))('%s: every input survives an Arazzo runner\'s input check whole', (_, workflow) => {
    const given = Object.fromEntries(Object.keys(workflow.inputs.properties).map((name) => [name, inputs[name]]));
    expect(asRespectSeesIt(workflow.inputs, given)).toEqual(given);
  });

  it('a map declared only by additionalProperties would not survive (the check can fail)', () => {
    const mapOnly = { type: 'object', properties: { logins: { type: 'object', additionalProperties: { type: 'string' } } } };
    expect(asRespectSeesIt(mapOnly, { logins: { 'login.photoshare.app': 'user-4821' } })).toEqual({ logins: {} });
  });
});

import { describe, expect, it } from 'vitest';
import { McpSetupError, setupFromEnvironment } from '../../src/mcp/environment.ts';

const keys = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

describe('setupFromEnvironment', () => {
  it('takes region, endpoint and credentials, flags first', () => {
    expect(setupFromEnvironment({ ...keys, AWS_REGION: 'eu-west-1', AWS_SESSION_TOKEN: 't', AWS_ENDPOINT_URL: 'http://127.0.0.1:4010' }, { region: 'us-east-1' })).toEqual({
      config: { region: 'us-east-1', endpoint: 'http://127.0.0.1:4010', credentials: { accessKeyId: keys.AWS_ACCESS_KEY_ID, secretAccessKey: keys.AWS_SECRET_ACCESS_KEY, sessionToken: 't' } },
    });
    expect(setupFromEnvironment({ ...keys, AWS_DEFAULT_REGION: 'eu-west-1', AWS_ENDPOINT_URL_COGNITO_IDENTITY: 'http://a', AWS_ENDPOINT_URL: 'http://b' }, {}).config)
      .toMatchObject({ region: 'eu-west-1', endpoint: 'http://a' });
  });

  it.each([
    [{}, 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set'],
    [{ AWS_ACCESS_KEY_ID: 'AKIA' }, '(AWS_SECRET_ACCESS_KEY is not set)'],
  ])('names the variables to set when credentials are missing (%j)', (env, missing) => {
    const { signedCallProblem } = setupFromEnvironment({ AWS_REGION: 'us-east-1', ...env }, {});
    expect(signedCallProblem).toContain(missing);
    expect(signedCallProblem).toContain('set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, plus AWS_SESSION_TOKEN');
  });

  it('names the region variables when only an endpoint is given', () => {
    expect(setupFromEnvironment(keys, { endpoint: 'http://127.0.0.1:4010' }).signedCallProblem).toContain('set AWS_REGION (or AWS_DEFAULT_REGION), or pass --region');
  });

  it('refuses to start with neither region nor endpoint, naming what to set', () => {
    expect(() => setupFromEnvironment(keys, {})).toThrow(McpSetupError);
    expect(() => setupFromEnvironment(keys, {})).toThrow('set AWS_REGION (or AWS_DEFAULT_REGION), or pass --region REGION or --endpoint URL');
  });
});

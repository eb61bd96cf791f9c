/** The pure parts of the `workflows` command: inputs, Respect's arguments, finding Respect. The run is emulator/workflows.test.ts. */
import { describe, expect, it } from 'vitest';
import { RESPECT_RANGE, findRespect, parseInput, respectArguments } from '../../src/workflows/respect.ts';

describe('parseInput', () => {
  it.each([
    ['poolName=photo-share', { poolName: 'photo-share' }],
    ['authorization=AWS4-HMAC-SHA256 Credential=a/b, Signature=0', { authorization: 'AWS4-HMAC-SHA256 Credential=a/b, Signature=0' }],
    ['developerLogins={"login.photoshare.app":"user-4821"}', { developerLogins: { 'login.photoshare.app': 'user-4821' } }],
    ['  {"a": "1", "b": {"c": "d"}}', { a: '1', b: { c: 'd' } }],
  ])('%s', (given, want) => {
    expect(parseInput(given)).toEqual(want);
  });

  it('names an input that is neither form', () => {
    expect(() => parseInput('poolName')).toThrow('--input: "poolName" is neither NAME=VALUE nor a JSON object');
  });
});

describe('respectArguments', () => {
  it('points the source description at the proxy and passes the inputs as one JSON object', () => {
    expect(respectArguments('/tmp/x/workflows.arazzo.yaml', 'http://127.0.0.1:5000', { server: 'http://127.0.0.1:4010', inputs: { a: 'b' }, workflows: ['guestAccess'], verbose: true }))
      .toEqual(['respect', '/tmp/x/workflows.arazzo.yaml', '--server', 'cognitoIdentity=http://127.0.0.1:5000', '--input', '{"a":"b"}', '--workflow', 'guestAccess', '--verbose']);
  });
});

describe('findRespect', () => {
  it('finds Redocly CLI\'s entry, or says how to install it', () => {
    expect(findRespect()).toMatch(/@redocly[/\\]cli[/\\]bin[/\\]cli\.js$/);
    expect(() => findRespect(['file:///nowhere/package.json'])).toThrow(`Redocly Respect is not installed: npm install --save-dev ${RESPECT_RANGE}`);
  });
});

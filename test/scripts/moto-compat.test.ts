/** The moto compatibility report's verdicts and figures (the run itself needs a moto checkout: `npm run compat:moto`). */
import { describe, expect, it } from 'vitest';
import { KNOWN, formatReport, motoApiHealthy, verdictOf, type TestResult } from '../../scripts/moto-compat.ts';

const FILE = 'tests/test_cognitoidentity/test_cognitoidentity.py';
const result = (name: string, outcome: TestResult['outcome'], calls: string[]): TestResult => ({ nodeid: `${FILE}::${name}`, outcome, calls });

describe('verdictOf', () => {
  it.each([
    [result('test_create_identity_pool', 'passed', ['CreateIdentityPool']), 'pass'],
    [result('test_get_id', 'failed', ['CreateIdentityPool', 'GetId']), 'known'],
    [result('test_something_new', 'failed', ['GetId']), 'NEW'],
    [result('test_get_random_identity_id', 'passed', []), 'not reached'],
    [result('test_broken_before_any_call', 'failed', []), 'NEW'],
    [result('test_get_id__unknown_region', 'skipped', []), 'skip'],
  ])('%j is %s', (given, want) => {
    expect(verdictOf(given)).toBe(want);
  });

  it('knows parametrised tests by their full name', () => {
    expect(verdictOf(result('test_update_identity_pool[DeveloperProviderName-dev1-dev2]', 'failed', ['UpdateIdentityPool']))).toBe('known');
    expect(verdictOf(result('test_update_identity_pool[SupportedLoginProviders-initial_value0-updated_value0]', 'failed', ['UpdateIdentityPool']))).toBe('NEW');
    expect(Object.keys(KNOWN)).toHaveLength(8);
  });
});

describe('formatReport', () => {
  it('says why a documented failure fails, what it got, how moto-api answered, and the figures', () => {
    const results = [
      result('test_create_identity_pool', 'passed', ['CreateIdentityPool']),
      { ...result('test_get_id', 'failed', ['CreateIdentityPool', 'GetId']), message: 'ValidationException ...' },
      result('test_get_random_identity_id', 'passed', []),
    ];
    const text = formatReport(results, '5.2.1', new Map([['POST /moto-api/reset-auth 200', 2]]));
    expect(text).toContain(`known       ${FILE}::test_get_id  (2 calls: CreateIdentityPool, GetId)\n            why: ${KNOWN.test_get_id}\n            got: ValidationException ...`);
    expect(text).toContain('moto-api: POST /moto-api/reset-auth 200 x2\n');
    expect(text.split('\n').at(-1)).toBe('3 tests: 2 reach the emulator (1 pass, 1 fail as documented, 0 fail otherwise); 0 skipped; 1 pass without calling it');
  });

  it('flags a moto-api call not answered 200', () => {
    const tally = new Map([['POST /moto-api/reset-auth 200', 1], ['POST /moto-api/reset-auth 400', 1]]);
    expect(motoApiHealthy(tally)).toBe(false);
    expect(formatReport([], '5.2.1', tally)).toContain('<- NEW: not every call answered 200');
  });
});

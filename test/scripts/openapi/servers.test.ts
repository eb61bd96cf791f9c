import { describe, expect, it } from 'vitest';
import { toServers } from '../../../scripts/openapi/servers.ts';

const REGION_NOTE = 'The AWS Region of the identity pool; it is the prefix of every pool and identity id.';

describe('toServers', () => {
  it('gives a partition with FIPS endpoints two servers', () => {
    expect(toServers({
      id: 'aws-us-gov', name: 'AWS GovCloud (US)', dnsSuffix: 'amazonaws.com',
      regions: ['us-gov-east-1', 'us-gov-west-1'], fipsRegions: ['us-gov-west-1'],
    })).toEqual([
      {
        url: 'https://cognito-identity.{region}.amazonaws.com',
        description: 'AWS GovCloud (US) partition',
        variables: { region: { default: 'us-gov-east-1', enum: ['us-gov-east-1', 'us-gov-west-1'], description: REGION_NOTE } },
      },
      {
        url: 'https://cognito-identity-fips.{region}.amazonaws.com',
        description: 'AWS GovCloud (US) partition, FIPS 140 endpoints',
        variables: { region: { default: 'us-gov-west-1', enum: ['us-gov-west-1'], description: REGION_NOTE } },
      },
    ]);
  });

  it('uses the partition suffix and prefers us-east-1 as default', () => {
    expect(toServers({ id: 'aws-cn', name: 'AWS China', dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1'], fipsRegions: [] }))
      .toEqual([{
        url: 'https://cognito-identity.{region}.amazonaws.com.cn',
        description: 'AWS China partition',
        variables: { region: { default: 'cn-north-1', enum: ['cn-north-1'], description: REGION_NOTE } },
      }]);
    const [standard] = toServers({ id: 'aws', name: 'AWS', dnsSuffix: 'amazonaws.com', regions: ['af-south-1', 'us-east-1'], fipsRegions: [] });
    expect((standard?.variables as { region: { default: string } }).region.default).toBe('us-east-1');
  });
});

import { describe, expect, it } from 'vitest';
import { REGION_NOTE, toServers } from '../../../scripts/openapi/servers.ts';

describe('toServers', () => {
  it('gives a partition with FIPS endpoints two servers', () => {
    expect(toServers({
      id: 'aws-us-gov', name: 'AWS GovCloud (US)', dnsSuffix: 'amazonaws.com',
      regions: ['us-gov-east-1', 'us-gov-west-1'], fipsRegions: ['us-gov-west-1'],
    })).toEqual([
      {
        url: 'https://cognito-identity.{region}.amazonaws.com',
        description: `AWS GovCloud (US) partition, production. ${REGION_NOTE}`,
        'x-internal': false,
        variables: { region: { default: 'us-gov-east-1', enum: ['us-gov-east-1', 'us-gov-west-1'] } },
      },
      {
        url: 'https://cognito-identity-fips.{region}.amazonaws.com',
        description: `AWS GovCloud (US) partition, FIPS 140 endpoints, production. ${REGION_NOTE}`,
        'x-internal': false,
        variables: { region: { default: 'us-gov-west-1', enum: ['us-gov-west-1'] } },
      },
    ]);
  });

  it('gives the region variable no description, which swagger-parser 13 rejects (APIDevTools/swagger-cli#83)', () => {
    const [standard] = toServers({ id: 'aws', name: 'AWS', dnsSuffix: 'amazonaws.com', regions: ['us-east-1'], fipsRegions: [] });
    expect(Object.keys((standard?.variables as { region: object }).region).sort()).toEqual(['default', 'enum']);
  });

  it('uses the partition suffix and prefers us-east-1 as default', () => {
    expect(toServers({ id: 'aws-cn', name: 'AWS China', dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1'], fipsRegions: [] }))
      .toEqual([{
        url: 'https://cognito-identity.{region}.amazonaws.com.cn',
        description: `AWS China partition, production. ${REGION_NOTE}`,
        'x-internal': false,
        variables: { region: { default: 'cn-north-1', enum: ['cn-north-1'] } },
      }]);
    const [standard] = toServers({ id: 'aws', name: 'AWS', dnsSuffix: 'amazonaws.com', regions: ['af-south-1', 'us-east-1'], fipsRegions: [] });
    expect((standard?.variables as { region: { default: string } }).region.default).toBe('us-east-1');
  });
});

import { describe, expect, it } from 'vitest';
import { toAwsModel } from '../../scripts/aws-model.ts';

const service = {
  metadata: { apiVersion: '2014-06-30', targetPrefix: 'Svc', protocol: 'json', jsonVersion: '1.1', endpointPrefix: 'svc' },
  operations: {
    Get: { name: 'Get', input: { shape: 'In' }, output: { shape: 'Out' }, errors: [{ shape: 'Z' }, { shape: 'A' }], authtype: 'none', auth: ['smithy.api#noAuth'], documentation: 'x' },
    Put: { name: 'Put', input: { shape: 'In' }, errors: [] },
  },
  shapes: {
    In: { type: 'structure', required: ['Id'], members: { Id: { shape: 'Id', documentation: 'doc' }, Tags: { shape: 'Tags' } }, documentation: 'doc' },
    Id: { type: 'string', min: 1, max: 55, pattern: '[a-z]+', documentation: 'doc' },
    Tags: { type: 'map', key: { shape: 'Id' }, value: { shape: 'Id' }, max: 50 },
    Out: { type: 'structure', members: {} },
    A: { type: 'structure', members: { message: { shape: 'Id' } }, exception: true, fault: true },
  },
};
const endpoints = {
  partitions: [
    {
      partition: 'aws', partitionName: 'AWS Standard', dnsSuffix: 'amazonaws.com',
      services: { svc: { endpoints: { 'us-east-1': { variants: [{ tags: ['fips'] }] }, 'fips-us-east-1': {}, 'eu-west-1': {} } } },
    },
    { partition: 'aws-iso', partitionName: 'ISO', dnsSuffix: 'c2s.ic.gov', services: {} },
  ],
};

describe('toAwsModel', () => {
  const aws = toAwsModel(service, { pagination: { Get: { input_token: 'T', output_token: 'T', limit_key: 'Max', result_key: 'Items' } } }, endpoints, '1.0.0');

  it('keeps operation facts, sorted errors and auth, without documentation', () => {
    expect(aws.operations).toEqual({
      Get: { input: 'In', output: 'Out', errors: ['A', 'Z'], auth: 'none' },
      Put: { input: 'In', errors: [], auth: 'sigv4' },
    });
  });

  it('keeps shape constraints, members and required flags, without documentation', () => {
    expect(aws.shapes.In).toEqual({ type: 'structure', members: { Id: { shape: 'Id', required: true }, Tags: { shape: 'Tags', required: false } } });
    expect(aws.shapes.Id).toEqual({ type: 'string', min: 1, max: 55, pattern: '[a-z]+' });
    expect(aws.shapes.Tags).toEqual({ type: 'map', max: 50, key: 'Id', value: 'Id' });
    expect(aws.shapes.A).toMatchObject({ exception: true, fault: true });
    expect(Object.keys(aws.shapes)).toEqual(['A', 'Id', 'In', 'Out', 'Tags']);
  });

  it('keeps paginators and the partitions that have the service', () => {
    expect(aws.paginators).toEqual({ Get: { inputToken: 'T', outputToken: 'T', limitKey: 'Max', resultKey: 'Items' } });
    expect(aws.partitions).toEqual([
      { id: 'aws', name: 'AWS Standard', dnsSuffix: 'amazonaws.com', regions: ['eu-west-1', 'us-east-1'], fipsRegions: ['us-east-1'] },
    ]);
  });
});

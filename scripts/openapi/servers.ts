/**
 * Partitions -> Server Objects (OpenAPI 3.1 §4.8.5): one server per partition and endpoint kind, the region a
 * variable listing the regions that have that endpoint (botocore `endpoints.json`; host forms from the
 * service's endpoint rule set: `cognito-identity[-fips].{Region}.{dnsSuffix}`).
 */
import type { Partition } from '../../spec/model.ts';
import { ENDPOINT_PREFIX } from '../../packages/client/src/protocol.ts';
import type { SchemaObject } from './schema-object.ts';

/** The preferred default region of a partition: us-east-1 where present, else the first listed. */
function defaultRegion(regions: readonly string[]): string {
  return regions.includes('us-east-1') ? 'us-east-1' : (regions[0] as string);
}

/** What the `{region}` variable means; said in the server's description, see `server`. */
export const REGION_NOTE = '`{region}` is the AWS Region of the identity pool, the prefix of every pool and identity id.';

/**
 * One Server Object. The variable carries no `description`: @apidevtools/swagger-parser 13 validates 3.1 with a
 * schema that spells that field `descriptions` and rejects the document (APIDevTools/swagger-cli#83), so the
 * region's meaning goes in the server's own description instead.
 */
function server(host: string, dnsSuffix: string, description: string, regions: readonly string[]): SchemaObject {
  return {
    url: `https://${host}.{region}.${dnsSuffix}`,
    description: `${description}, production. ${REGION_NOTE}`,
    // Public endpoints, for any AWS account (OWASP API9 asks each server to say so).
    'x-internal': false,
    variables: { region: { default: defaultRegion(regions), enum: [...regions] } },
  };
}

/** The servers of one partition: its standard endpoints, then its FIPS endpoints if any. */
export function toServers(partition: Partition): SchemaObject[] {
  const servers = [server(ENDPOINT_PREFIX, partition.dnsSuffix, `${partition.name} partition`, partition.regions)];
  if (partition.fipsRegions.length > 0) {
    servers.push(server(`${ENDPOINT_PREFIX}-fips`, partition.dnsSuffix, `${partition.name} partition, FIPS 140 endpoints`, partition.fipsRegions));
  }
  return servers;
}

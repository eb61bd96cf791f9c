/**
 * IR -> the OpenAPI 3.1 document. Key order is fixed here; operations and components are sorted by name,
 * so the same model always gives the same bytes.
 */
import type { Ir } from '../ir.ts';
import { unwrapDescriptions } from './markdown.ts';
import { headerComponents, sharedErrorResponses } from './responses.ts';
import { toPathItem } from './operation-object.ts';
import { toSchemaObject, type SchemaObject } from './schema-object.ts';
import { defaultSecurity, securitySchemes } from './security.ts';
import { toServers } from './servers.ts';

/** The OpenAPI version written. */
export const OPENAPI_VERSION = '3.1.0';

/** JSON Schema dialect of every Schema Object. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The whole OpenAPI document, its prose unwrapped (markdown.ts); a fresh tree that shares no object with the model. */
export function toOpenApi(ir: Ir): SchemaObject {
  return unwrapDescriptions(structuredClone(documentOf(ir)));
}

function documentOf(ir: Ir): SchemaObject {
  const { service } = ir;
  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    info: {
      title: service.title,
      version: service.apiVersion,
      summary: `${service.title} (identity pools), API version ${service.apiVersion}, as it is on the wire.`,
      description: service.description,
      license: service.license,
      contact: { name: 'cognito-identity-openapi' },
      'x-aws-service-id': service.serviceId,
    },
    externalDocs: { description: 'AWS API reference for Amazon Cognito Identity', url: service.apiReferenceUrl },
    servers: service.partitions.flatMap(toServers),
    security: defaultSecurity,
    tags: service.tags.map((t) => ({ name: t.name, description: t.description })),
    paths: Object.fromEntries(ir.operations.map((op) => [op.pathKey, toPathItem(op)])),
    components: {
      schemas: Object.fromEntries(Object.keys(ir.shapes).sort().map((name) => [
        name,
        toSchemaObject(name, ir.shapes[name] as NonNullable<Ir['shapes'][string]>, ir.shapes),
      ])),
      responses: sharedErrorResponses(ir.operations),
      headers: headerComponents,
      securitySchemes,
    },
  };
}

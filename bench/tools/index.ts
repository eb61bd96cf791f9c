/** The tools of the matrix, in the README's order. */
import { heyApi } from './hey-api.ts';
import { kubb } from './kubb.ts';
import { openapiFetch } from './openapi-fetch.ts';
import { openapiMcpServer } from './openapi-mcp-server.ts';
import { openapiZodClient } from './openapi-zod-client.ts';
import { orval } from './orval.ts';
import { postman } from './postman.ts';
import { scalar } from './scalar.ts';
import type { ToolCheck } from './support.ts';
import { typedOpenapi } from './typed-openapi.ts';
import { readmeParser, seriousmeValidator, swaggerParser } from './validators.ts';

export const TOOLS: ToolCheck[] = [openapiFetch, heyApi, orval, kubb, openapiZodClient, typedOpenapi, postman, readmeParser, swaggerParser, seriousmeValidator, scalar, openapiMcpServer];

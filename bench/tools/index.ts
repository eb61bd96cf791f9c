/** The tools of the matrix, in the README's order. */
import { heyApi } from './hey-api.ts';
import { openapiFetch } from './openapi-fetch.ts';
import { orval } from './orval.ts';
import type { ToolCheck } from './support.ts';
import { readmeParser, seriousmeValidator, swaggerParser } from './validators.ts';

export const TOOLS: ToolCheck[] = [openapiFetch, heyApi, orval, readmeParser, swaggerParser, seriousmeValidator];

/**
 * The OpenAPI validators people run first: each validates the published document, YAML and JSON. Nothing to
 * type-check or call; a validator's error list is the result.
 */
import { DOCUMENT, type ToolCheck, type ToolContext } from './support.ts';

/** Runs `body` (an ES module given `files`, the two published files) in the tool's folder; returns its last line. */
async function validate(t: ToolContext, body: string): Promise<string> {
  const path = t.write('validate.mjs', `const files = ${JSON.stringify([DOCUMENT.yaml, DOCUMENT.json])};\n${body}`);
  const out = await t.exec(process.execPath, [path], { cwd: t.work });
  return out.trim().split('\n').at(-1) ?? '';
}

const NOTHING = { types: '', emulator: '' };

export const readmeParser: ToolCheck = {
  id: 'readme-openapi-parser',
  tool: '@readme/openapi-parser',
  packages: { '@readme/openapi-parser': '^9.0.0' },
  recipe: '',
  async run(t) {
    await validate(t, `import { validate } from '@readme/openapi-parser';
for (const file of files) {
  const result = await validate(file);
  if (!result.valid) throw new Error(file + ': ' + JSON.stringify(result.errors).slice(0, 600));
}
console.log('valid');`);
    return { generates: 'valid (YAML and JSON)', ...NOTHING };
  },
};

export const swaggerParser: ToolCheck = {
  id: 'swagger-parser',
  tool: '@apidevtools/swagger-parser',
  packages: { '@apidevtools/swagger-parser': '^13.1.0' },
  recipe: '',
  knownIssue: 'its bundled OpenAPI 3.1 schema rejects `description` on a server variable: [APIDevTools/swagger-cli#83](https://github.com/APIDevTools/swagger-cli/issues/83) (the schema typo fixed upstream in [OAI/OpenAPI-Specification#2793](https://github.com/OAI/OpenAPI-Specification/pull/2793))',
  async run(t) {
    await validate(t, `import SwaggerParser from '@apidevtools/swagger-parser';
for (const file of files) {
  try {
    await SwaggerParser.validate(file);
  } catch (error) {
    const details = (error.details ?? []).map((d) => (d.instancePath ?? '') + ' ' + d.message);
    throw new Error(file.split('/').pop() + ': ' + (details.length ? [...new Set(details)].join('; ') + ' (' + details.length + ' errors)' : error.message));
  }
}
console.log('valid');`);
    return { generates: 'valid (YAML and JSON)', ...NOTHING };
  },
};

export const seriousmeValidator: ToolCheck = {
  id: 'seriousme-validator',
  tool: '@seriousme/openapi-schema-validator',
  packages: { '@seriousme/openapi-schema-validator': '^2.11.0' },
  recipe: '',
  async run(t) {
    await validate(t, `import { Validator } from '@seriousme/openapi-schema-validator';
for (const file of files) {
  const validator = new Validator();
  const result = await validator.validate(file);
  if (!result.valid) throw new Error(file + ': ' + JSON.stringify(result.errors).slice(0, 600));
  if (validator.version !== '3.1') throw new Error(file + ': read as OpenAPI ' + validator.version);
}
console.log('valid');`);
    return { generates: 'valid as OpenAPI 3.1 (YAML and JSON)', ...NOTHING };
  },
};

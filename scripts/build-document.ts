/** Model -> IR -> OpenAPI document, with every example checked: the pure heart of `npm run generate`. */
import type { ServiceModel } from '../spec/model.ts';
import { checkExamples } from './example-check.ts';
import { toIr } from './ir.ts';
import { throwIfProblems } from './model-error.ts';
import { toOpenApi } from './openapi/document.ts';
import type { SchemaObject } from './openapi/schema-object.ts';
import { toJsonText, toYamlText } from './serialize.ts';
import { toToolCatalogue } from './tools.ts';
import { checkWorkflows } from './workflows.ts';

/** The OpenAPI document of a model; throws a ModelError naming every broken place. */
export function buildDocument(model: ServiceModel): SchemaObject {
  const document = toOpenApi(toIr(model));
  throwIfProblems(checkExamples(document));
  return document;
}

/** The agent tool catalogue of a model (packages/document/tools.json). */
export function buildToolCatalogue(model: ServiceModel, document: SchemaObject): SchemaObject {
  return toToolCatalogue(toIr(model).operations, document);
}

/** The generated files, path relative to the repository root -> content. */
export function buildFiles(model: ServiceModel, workflows: Record<string, unknown>): Record<string, string> {
  const document = buildDocument(model);
  throwIfProblems(checkWorkflows(workflows, model));
  return {
    'packages/document/openapi.json': toJsonText(document),
    'packages/document/openapi.yaml': toYamlText(document),
    'packages/document/workflows.arazzo.yaml': toYamlText(workflows),
    'packages/document/tools.json': toJsonText(buildToolCatalogue(model, document)),
  };
}

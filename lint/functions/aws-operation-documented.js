/** aws-operation-documented: summary, description, a request example and a 200 response example. */
function hasExamples(content) {
  return Object.values(content ?? {}).some((media) =>
    (media?.examples && Object.keys(media.examples).length > 0) || media?.example !== undefined);
}

export default function awsOperationDocumented(operation, _options, context) {
  if (!operation || typeof operation !== 'object' || !operation.responses) return [];
  const name = operation.operationId ?? context.path.join('.');
  const problems = [];
  const fail = (what, at) => problems.push({ message: `${name}: ${what}.`, path: [...context.path, ...at] });
  if (!operation.summary?.trim()) fail('no summary', []);
  if (!operation.description?.trim()) fail('no description', []);
  if (!hasExamples(operation.requestBody?.content)) fail('no request example', ['requestBody']);
  if (!hasExamples(operation.responses['200']?.content)) fail('no 200 response example', ['responses', '200']);
  return problems;
}

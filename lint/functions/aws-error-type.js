/** aws-error-type: every 4xx/5xx body schema, or each schema of its oneOf, requires a string `__type`. */
function hasType(schema) {
  return Boolean(schema?.properties?.__type?.type === 'string' && schema.required?.includes('__type'));
}

export default function awsErrorType(responses, _options, context) {
  if (!responses || typeof responses !== 'object') return [];
  return Object.entries(responses)
    .filter(([status]) => /^[45]/.test(status))
    .flatMap(([status, response]) => Object.entries(response?.content ?? {}).flatMap(([media, body]) => {
      const schemas = Array.isArray(body?.schema?.oneOf) ? body.schema.oneOf : [body?.schema];
      return schemas.some((s) => !hasType(s))
        ? [{ message: `The ${status} response has an error schema without a required string __type.`, path: [...context.path, status, 'content', media, 'schema'] }]
        : [];
    }));
}

/** aws-json-media-type: request and response bodies use application/x-amz-json-1.1 and nothing else. */
const MEDIA_TYPE = 'application/x-amz-json-1.1';

function check(content, path, what) {
  if (!content || typeof content !== 'object') return [{ message: `${what} has no content.`, path }];
  const keys = Object.keys(content);
  if (keys.length === 1 && keys[0] === MEDIA_TYPE) return [];
  return [{ message: `${what} must use only ${MEDIA_TYPE} (found: ${keys.join(', ') || 'none'}).`, path: [...path, 'content'] }];
}

export default function awsJsonMediaType(operation, _options, context) {
  if (!operation || typeof operation !== 'object' || !operation.responses) return [];
  const base = context.path;
  return [
    ...check(operation.requestBody?.content, [...base, 'requestBody'], 'The request body'),
    ...Object.entries(operation.responses).flatMap(([status, response]) =>
      check(response?.content, [...base, 'responses', status], `The ${status} response`)),
  ];
}

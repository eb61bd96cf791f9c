/** aws-error-status: only the protocol's status codes; AWS never answers this service with others. */
const ALLOWED = ['200', '400', '403', '404', '409', '429', '500'];

export default function awsErrorStatus(responses, _options, context) {
  if (!responses || typeof responses !== 'object') return [];
  return Object.keys(responses)
    .filter((status) => !ALLOWED.includes(status))
    .map((status) => ({ message: `Status ${status} is not one the AWS JSON 1.1 protocol uses (${ALLOWED.join(', ')}).`, path: [...context.path, status] }));
}

/**
 * aws-error-status: only the statuses the service sends: 200, 400 for every client error, 500 for
 * InternalErrorException (packages/client/src/protocol.ts `errorStatus`; the Smithy model's 403/404/409/429 are not on the wire).
 */
const ALLOWED = ['200', '400', '500'];

export default function awsErrorStatus(responses, _options, context) {
  if (!responses || typeof responses !== 'object') return [];
  return Object.keys(responses)
    .filter((status) => !ALLOWED.includes(status))
    .map((status) => ({ message: `Status ${status} is not one the service sends (${ALLOWED.join(', ')}); errors are told apart by __type.`, path: [...context.path, status] }));
}

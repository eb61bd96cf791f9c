/**
 * When each error happens, in the project's words, and a realistic message for its example body.
 * The error shapes themselves are in `shapes.ts`; their HTTP status follows from `packages/client/src/protocol.ts`.
 */
import type { ErrorDoc } from './model.ts';

export const errors = {
  ConcurrentModificationException: {
    when: 'Two requests changed the same identity pool at once; read the pool again and retry.',
    exampleMessage: 'Identity pool us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10 was modified by another request.',
  },
  DeveloperUserAlreadyRegisteredException: {
    when: 'The developer user identifier is already linked to another identity in this pool.',
    exampleMessage: 'Developer user identifier user-4821 is already registered with another identity.',
  },
  ExternalServiceException: {
    when: 'A provider the service had to call to check a login token failed or timed out; retry later.',
    exampleMessage: 'Timed out while validating the token with accounts.google.com.',
  },
  InternalErrorException: {
    when: 'The service failed on its side; retry with backoff.',
    exampleMessage: 'An internal error occurred. Retry the request.',
  },
  InvalidIdentityPoolConfigurationException: {
    when: 'No usable IAM role: the pool lacks the role this identity needs, or the role does not trust Cognito Identity.',
    exampleMessage: 'No authenticated role is configured for identity pool us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10.',
  },
  InvalidParameterException: {
    when: 'A parameter breaks a rule the pool enforces: an unknown provider, a disabled flow, or a combination that is not allowed.',
    exampleMessage: 'Basic (classic) flow is not enabled, please use enhanced flow.',
  },
  LimitExceededException: {
    when: 'An account or pool quota would be exceeded, such as the number of identity pools per account.',
    exampleMessage: 'The maximum number of identity pools for this account has been reached.',
  },
  NotAuthorizedException: {
    when: 'The login token is invalid or expired, guests are not allowed, or the developer credentials lack IAM permission.',
    exampleMessage: 'Invalid login token. Token expired: 1763812345 >= 1763808745',
  },
  ResourceConflictException: {
    when: 'The request conflicts with existing state, such as a login already linked to another identity.',
    exampleMessage: 'The login accounts.google.com is already linked to identity us-east-1:3e9d5f7a-1b2c-4d8e-9f60-7a1b2c3d4e5f.',
  },
  ResourceNotFoundException: {
    when: 'The identity pool or identity does not exist in this account and region.',
    exampleMessage: "IdentityPool 'us-east-1:0f4b4c2e-8d1a-4e57-9a53-3c1d2b7e6f10' not found.",
  },
  TooManyRequestsException: {
    when: 'The account is over its request-rate quota; retry with exponential backoff.',
    exampleMessage: 'Rate exceeded',
  },
} as const satisfies Record<string, ErrorDoc>;

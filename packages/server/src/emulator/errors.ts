/** The service errors the emulator raises, with the messages the reference quotes where users have seen them. */

/** An error the service itself raises (the front raises the protocol's). */
export class ServiceError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

/** Throws a service error. */
export function fail(type: string, message: string): never {
  throw new ServiceError(type, message);
}

/** `IdentityPool '<id>' not found.` (quoted from the service). */
export function poolNotFound(poolId: string): never {
  return fail('ResourceNotFoundException', `IdentityPool '${poolId}' not found.`);
}

/** `Identity '<id>' not found.` (choice: the service's wording for identities is not quoted). */
export function identityNotFound(identityId: string): never {
  return fail('ResourceNotFoundException', `Identity '${identityId}' not found.`);
}

/** Refused: not allowed (NotAuthorizedException). */
export function notAuthorized(message: string): never {
  return fail('NotAuthorizedException', message);
}

/** Refused: a parameter is wrong for this pool (InvalidParameterException). */
export function invalidParameter(message: string): never {
  return fail('InvalidParameterException', message);
}

/** Refused: the request conflicts with current state (ResourceConflictException). */
export function conflict(message: string): never {
  return fail('ResourceConflictException', message);
}

/** Quoted messages. */
export const MESSAGES = {
  guestsNotAllowed: 'Unauthenticated access is not supported for this identity pool.',
  loginsDontMatch: "Logins don't match. Please include at least one valid login for this identity or identity pool.",
  unsupportedProvider: 'Token is not from a supported provider of this identity pool.',
  issuerMismatch: "Invalid login token. Issuer doesn't match providerName",
  missingAud: 'Invalid login token. Missing a required claim: aud',
  notOpenIdToken: 'Invalid login token. Not a valid OpenId Connect identity token.',
  unverifiedToken: "Invalid login token. Couldn't verify signed token.",
  noRole: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
  classicFlow: 'Basic (classic) flow is not enabled, please use enhanced flow.',
  ambiguousDenied: 'Ambiguous role resolutions will lead to requester being denied',
  unsupportedDeveloperProvider: 'This identity pool does not support the specified developer provider',
  forbidden: (identityId: string) => `Access to Identity '${identityId}' is forbidden.`,
  expired: (now: number, exp: number) => `Invalid login token. Token expired: ${now} >= ${exp}`,
};

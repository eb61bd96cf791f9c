import { describe, expect, it } from 'vitest';
import {
  errorBody, errorStatus, fromEpochSeconds, operationOfPathKey, operationOfTarget, pathKeyOf, shortErrorType,
  targetOf, toEpochSeconds, wireUrl, isSignedOperation, errorTypeHeaderValue, SMITHY_STATUS_NOT_ON_WIRE, anchorPattern,
  unanchorPattern, errorMessageHeaderValue, CORS_RESPONSE_HEADERS, corsPreflightHeaders, corsAllowsRequestHeader,
} from '../src/protocol.ts';

describe('targets and path keys', () => {
  it.each([
    ['GetId', 'AWSCognitoIdentityService.GetId', '/#X-Amz-Target=AWSCognitoIdentityService.GetId'],
    ['DescribeIdentityPool', 'AWSCognitoIdentityService.DescribeIdentityPool', '/#X-Amz-Target=AWSCognitoIdentityService.DescribeIdentityPool'],
  ])('%s -> %s, %s and back', (op, target, key) => {
    expect(targetOf(op)).toBe(target);
    expect(pathKeyOf(op)).toBe(key);
    expect(operationOfTarget(target)).toBe(op);
    expect(operationOfPathKey(key)).toBe(op);
  });

  it.each([
    ['AWSCognitoIdentityProviderService.SignUp'],
    ['AWSCognitoIdentityService.'],
    ['AWSCognitoIdentityService.Get Id'],
    [''],
  ])('rejects the target %j', (target) => {
    expect(operationOfTarget(target)).toBeUndefined();
  });

  it.each([['/'], ['/?X-Amz-Target=AWSCognitoIdentityService.GetId'], ['/#X-Amz-Target=Other.GetId']])(
    'rejects the path key %j', (key) => {
      expect(operationOfPathKey(key)).toBeUndefined();
    });
});

describe('wireUrl', () => {
  it('drops the pseudo-path fragment and keeps the rest', () => {
    expect(wireUrl('https://cognito-identity.us-east-1.amazonaws.com/#X-Amz-Target=AWSCognitoIdentityService.GetId'))
      .toBe('https://cognito-identity.us-east-1.amazonaws.com/');
    expect(wireUrl('http://127.0.0.1:4010/prefix/?a=1#x')).toBe('http://127.0.0.1:4010/prefix/?a=1');
  });
});

describe('errorStatus', () => {
  it.each([
    ['NotAuthorizedException', 400],
    ['ResourceNotFoundException', 400],
    ['ResourceConflictException', 400],
    ['TooManyRequestsException', 400],
    ['InternalErrorException', 500],
    ['InvalidParameterException', 400],
    ['LimitExceededException', 400],
    ['ValidationException', 400],
  ])('%s -> %i', (name, status) => {
    expect(errorStatus(name)).toBe(status);
  });
});

describe('statuses the Smithy model says but the wire does not send', () => {
  it('each names its Smithy number and the captures that show 400', () => {
    expect(Object.keys(SMITHY_STATUS_NOT_ON_WIRE).sort()).toEqual(['NotAuthorizedException', 'ResourceConflictException', 'ResourceNotFoundException', 'TooManyRequestsException']);
    for (const [name, { smithy, evidence }] of Object.entries(SMITHY_STATUS_NOT_ON_WIRE)) {
      expect(smithy).not.toBe(errorStatus(name));
      expect(evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('patterns', () => {
  it.each([
    ['[\\w-]+:[0-9a-f-]+', '^[\\w-]+:[0-9a-f-]+$'],
    ['(un)?authenticated', '^(un)?authenticated$'],
    ['a|b', '^(?:a|b)$'],
    ['^already$', '^already$'],
  ])('anchorPattern(%j) = %j, and unanchorPattern undoes it', (pattern, anchored) => {
    expect(anchorPattern(pattern)).toBe(anchored);
    expect(unanchorPattern(anchored)).toBe(pattern === '^already$' ? 'already' : pattern);
  });

  it('an anchored pattern refuses a value with a valid part, which the unanchored one accepts', () => {
    const pattern = '[\\w-]+:[0-9a-f-]+';
    expect(new RegExp(pattern, 'u').test('x!us-east-1:abc')).toBe(true);
    expect(new RegExp(anchorPattern(pattern), 'u').test('x!us-east-1:abc')).toBe(false);
    expect(new RegExp(anchorPattern(pattern), 'u').test('us-east-1:abc')).toBe(true);
  });
});

describe('x-amzn-ErrorMessage', () => {
  it('keeps printable ASCII, replaces the rest, and cuts long messages', () => {
    expect(errorMessageHeaderValue("IdentityPool 'x' not found.")).toBe("IdentityPool 'x' not found.");
    expect(errorMessageHeaderValue('Wert \'Grüße\'\nzwei')).toBe("Wert 'Gr??e'?zwei");
    const long = errorMessageHeaderValue('v'.repeat(5000));
    expect(long).toHaveLength(1024);
    expect(long.endsWith('...')).toBe(true);
  });
});

describe('CORS', () => {
  it('allows any origin and exposes the x-amzn headers on every response', () => {
    expect(CORS_RESPONSE_HEADERS).toEqual({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date',
    });
  });

  it('a preflight echoes the asked headers the service accepts, spelling and order kept, and leaves out others', () => {
    const headers = corsPreflightHeaders('Content-Type, X-Amz-Target, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request, Authorization, x-amz-date, x-amz-security-token, x-amz-content-sha256, cache-control, x-evil');
    expect(headers['Access-Control-Allow-Headers']).toBe('Content-Type,X-Amz-Target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,Authorization,x-amz-date,x-amz-security-token,x-amz-content-sha256,cache-control');
    expect(headers['Access-Control-Allow-Methods']).toBe('POST');
    expect(headers['Access-Control-Max-Age']).toBe('172800');
    expect(headers['Access-Control-Allow-Origin']).toBe('*');
  });

  it('answers the list captured from the real endpoint exactly as it did', () => {
    const asked = 'content-type,x-amz-target,content-length,host,x-amz-user-agent,user-agent,Authorization,amz-sdk-invocation-id,amz-sdk-request,x-amz-security-token';
    expect(corsPreflightHeaders(asked)['Access-Control-Allow-Headers']).toBe(asked);
  });

  it.each([
    ['cache-control', true], ['x-amz-api-version', true], ['amz-sdk-anything', true], ['X-AMZ-DATE', true],
    ['x-evil', false], ['cookie', false], ['x-amzn-trace-id', false],
  ])('corsAllowsRequestHeader(%j) = %j', (name, allowed) => {
    expect(corsAllowsRequestHeader(name)).toBe(allowed);
  });

  it('allows no header when none was asked for', () => {
    expect(corsPreflightHeaders(undefined)['Access-Control-Allow-Headers']).toBeUndefined();
  });
});

describe('error envelope', () => {
  it('builds {__type, message}', () => {
    expect(errorBody('ResourceNotFoundException', 'gone')).toEqual({ __type: 'ResourceNotFoundException', message: 'gone' });
  });

  it.each([
    ['ResourceNotFoundException', 'ResourceNotFoundException'],
    ['com.amazonaws.cognitoidentity#ResourceNotFoundException', 'ResourceNotFoundException'],
    ['NotAuthorizedException:http://internal.amazon.com/coral/com.amazonaws.cognitoidentity/', 'NotAuthorizedException'],
    ['aws.protocoltests#Boom:http://x/', 'Boom'],
  ])('shortErrorType(%j) = %j', (raw, short) => {
    expect(shortErrorType(raw)).toBe(short);
  });
});

describe('timestamps', () => {
  it('are epoch seconds with a millisecond fraction', () => {
    expect(toEpochSeconds(new Date('2025-11-22T10:32:25.500Z'))).toBe(1763807545.5);
    expect(fromEpochSeconds(1763807545.5).toISOString()).toBe('2025-11-22T10:32:25.500Z');
  });
});

describe('isSignedOperation and errorTypeHeaderValue', () => {
  it.each([[{ security: [] }, false], [{}, true], [{ security: [{ sigv4: [] }] }, true]])('%j signed: %s', (operation, signed) => {
    expect(isSignedOperation(operation)).toBe(signed);
  });

  it('writes the error type header as AWS does', () => {
    expect(errorTypeHeaderValue('ResourceNotFoundException')).toBe('ResourceNotFoundException:');
  });
});

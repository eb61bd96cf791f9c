import { describe, expect, it } from 'vitest';
import {
  errorBody, errorStatus, fromEpochSeconds, operationOfPathKey, operationOfTarget, pathKeyOf, shortErrorType,
  targetOf, toEpochSeconds, wireUrl, isSignedOperation, errorTypeHeaderValue,
} from '../../src/protocol.ts';

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
    ['NotAuthorizedException', 403],
    ['ResourceNotFoundException', 404],
    ['ResourceConflictException', 409],
    ['TooManyRequestsException', 429],
    ['InternalErrorException', 500],
    ['InvalidParameterException', 400],
    ['LimitExceededException', 400],
    ['ValidationException', 400],
  ])('%s -> %i', (name, status) => {
    expect(errorStatus(name)).toBe(status);
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

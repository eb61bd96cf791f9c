/**
 * `x-codeSamples` (the Redoc extension) for an operation, from its first example: this project's typed client,
 * curl with the real wire headers (and curl's own SigV4 for signed calls), the AWS CLI equivalent, and boto3.
 */
import { methodNameOf } from '../../packages/client/src/client/types.ts';
import { MEDIA_TYPE, SIGNING_NAME, TARGET_HEADER } from '../../packages/client/src/protocol.ts';
import type { IrOperation } from '../ir.ts';
import type { SchemaObject } from './schema-object.ts';

/** The AWS CLI command of an operation, as botocore's `xform_name` derives it: `GetOpenIdToken` -> `get-open-id-token`. */
export function cliCommandOf(operation: string): string {
  return operation
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z])([0-9]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}


/** The boto3 method of an operation, botocore's `xform_name`: `GetOpenIdToken` -> `get_open_id_token`. */
export function pythonMethodOf(operation: string): string {
  return cliCommandOf(operation).replace(/-/g, '_');
}

/** A JSON value as a Python literal: JSON's strings, numbers, lists and objects are Python's; only the three words differ. */
export function toPythonLiteral(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}    `;
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => `${inner}${toPythonLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toPythonLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}

/** A string in single quotes for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The region the example's ids live in, or us-east-1. */
function regionOf(input: Record<string, unknown>): string {
  const id = [input.IdentityPoolId, input.IdentityId, input.ResourceArn].find((v) => typeof v === 'string') as string | undefined;
  const match = id?.match(/^([a-z]{2}(?:-[a-z]+)+-\d+):/) ?? id?.match(/^arn:aws[\w-]*:cognito-identity:([a-z0-9-]+):/);
  return match?.[1] ?? 'us-east-1';
}

function typescriptSample(op: IrOperation, input: Record<string, unknown>, region: string): string {
  const credentials = op.signed ? ', credentials: { accessKeyId, secretAccessKey }' : '';
  const body = JSON.stringify(input, null, 2);
  return [
    "import { createCognitoIdentityClient } from 'cognito-identity-openapi';",
    '',
    `const cognito = createCognitoIdentityClient({ region: '${region}'${credentials} });`,
    `const output = await cognito.${methodNameOf(op.name)}(${body});`,
  ].join('\n');
}

function curlSample(op: IrOperation, input: Record<string, unknown>, region: string): string {
  return [
    `curl https://cognito-identity.${region}.amazonaws.com/ \\`,
    ...(op.signed ? [
      `  --aws-sigv4 'aws:amz:${region}:${SIGNING_NAME}' \\`,
      '  --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \\',
    ] : []),
    `  -H 'Content-Type: ${MEDIA_TYPE}' \\`,
    `  -H '${TARGET_HEADER}: ${op.target}' \\`,
    `  -d ${shellQuote(JSON.stringify(input))}`,
  ].join('\n');
}

function cliSample(op: IrOperation, input: Record<string, unknown>, region: string): string {
  return [
    `aws cognito-identity ${cliCommandOf(op.name)} --region ${region}${op.signed ? '' : ' --no-sign-request'} \\`,
    `  --cli-input-json ${shellQuote(JSON.stringify(input))}`,
  ].join('\n');
}

function pythonSample(op: IrOperation, input: Record<string, unknown>, region: string): string {
  // Members as keyword arguments, as boto3 takes them; credentials from the usual places for signed calls
  // (botocore sends the unsigned operations without a signature, as AWS's model marks them).
  const args = Object.entries(input).map(([name, value]) => `    ${name}=${toPythonLiteral(value, '    ')},`);
  return [
    'import boto3',
    '',
    `cognito = boto3.client('cognito-identity', region_name='${region}')`,
    args.length === 0 ? `output = cognito.${pythonMethodOf(op.name)}()` : `output = cognito.${pythonMethodOf(op.name)}(\n${args.join('\n')}\n)`,
  ].join('\n');
}

/** The code samples of one operation; none when it has no example. */
export function toCodeSamples(op: IrOperation): SchemaObject[] {
  const example = op.examples[0];
  if (!example) return [];
  const region = regionOf(example.input);
  return [
    { lang: 'TypeScript', label: 'TypeScript client', source: typescriptSample(op, example.input, region) },
    { lang: 'Shell', label: 'curl', source: curlSample(op, example.input, region) },
    { lang: 'Shell', label: 'AWS CLI', source: cliSample(op, example.input, region) },
    { lang: 'Python', label: 'Python (boto3)', source: pythonSample(op, example.input, region) },
  ];
}

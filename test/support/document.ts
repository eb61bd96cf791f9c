/** The published document and its examples, for contract tests. */
import { readFileSync } from 'node:fs';
import { operationOfPathKey } from '../../packages/client/src/protocol.ts';
import { repoPath } from './paths.ts';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const MT = 'application/x-amz-json-1.1';

/** packages/document/openapi.json, parsed. */
export const document: Obj = JSON.parse(readFileSync(repoPath('packages/document/openapi.json'), 'utf8'));

/** One operation with its first example pair and whether it is signed. */
export interface OperationCase {
  name: string;
  signed: boolean;
  input: Obj;
  output: Obj;
  post: Obj;
}

/** Every operation of the document, in document order. */
export const operationCases: OperationCase[] = Object.entries(document.paths as Obj).map(([key, item]) => {
  const post = (item as Obj).post;
  const name = operationOfPathKey(key) as string;
  const first = (examples: Obj) => Object.values(examples)[0].value;
  return {
    name,
    signed: !(Array.isArray(post.security) && post.security.length === 0),
    input: first(post.requestBody.content[MT].examples),
    output: first(post.responses['200'].content[MT].examples),
    post,
  };
});

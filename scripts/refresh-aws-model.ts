/**
 * `npm run refresh:aws-model`: rewrites test/fixtures/aws-model.json from the botocore installed for
 * python3 (`data/cognito-identity/2014-06-30/service-2.json.gz` and `data/endpoints.json`).
 * With `--check`, writes nothing and exits 1 when the fixture differs from botocore.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { toAwsModel, type AwsModel } from './aws-model.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the fixture lives. */
export const FIXTURE = join(root, 'test/fixtures/aws-model.json');

/** The structure-only model read from the local botocore; throws when python3 or botocore is missing. */
export function loadAwsModelFromBotocore(): AwsModel {
  const [dir, version] = execFileSync('python3', ['-c', 'import botocore,os;print(os.path.dirname(botocore.__file__));print(botocore.__version__)'], { encoding: 'utf8' })
    .trim().split('\n') as [string, string];
  const data = join(dir, 'data');
  const serviceDir = join(data, 'cognito-identity/2014-06-30');
  const service = JSON.parse(gunzipSync(readFileSync(join(serviceDir, 'service-2.json.gz'))).toString('utf8'));
  const paginators = JSON.parse(readFileSync(join(serviceDir, 'paginators-1.json'), 'utf8'));
  const endpoints = JSON.parse(readFileSync(join(data, 'endpoints.json'), 'utf8'));
  return toAwsModel(service, paginators, endpoints, version);
}

/** The fixture's text for a model. */
export function toFixtureText(model: AwsModel): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

function main(): void {
  const text = toFixtureText(loadAwsModelFromBotocore());
  if (process.argv.includes('--check')) {
    const same = readFileSync(FIXTURE, 'utf8') === text;
    console.log(same ? 'test/fixtures/aws-model.json matches botocore' : 'test/fixtures/aws-model.json differs from botocore: run npm run refresh:aws-model');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(FIXTURE, text);
  console.log('wrote test/fixtures/aws-model.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/** The whole model of Cognito Identity 2014-06-30, as the generator reads it. */
import type { ServiceModel } from './model.ts';
import { service } from './service.ts';
import { shapes } from './shapes.ts';
import { operations } from './operations.ts';
import { errors } from './errors.ts';
import { examples } from './examples.ts';

export const model: ServiceModel = { service, shapes, operations, errors, examples };

/**
 * The SigV4 Security Scheme (OpenAPI 3.1 §4.8.27). OpenAPI has no SigV4 type, so it is an `apiKey` in the
 * `Authorization` header marked `x-amazon-apigateway-authtype: awsSigv4`, the convention API Gateway and
 * catalogue tools recognise.
 */
import { SECURITY_SCHEME, SIGNING_NAME } from '../../packages/client/src/protocol.ts';

/** `components.securitySchemes`. */
export const securitySchemes = {
  [SECURITY_SCHEME]: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: `AWS Signature Version 4, signing name \`${SIGNING_NAME}\`, with the region of the endpoint. ` +
      'Sign with the developer\'s IAM credentials; the SDKs and signers such as aws4fetch build the header.',
    'x-amazon-apigateway-authtype': 'awsSigv4',
  },
};

/** The document-wide default: every operation is signed unless it declares `security: []`. */
export const defaultSecurity = [{ [SECURITY_SCHEME]: [] }];

/**
 * `cognito-identity-openapi-server/mock`: the mock as a library, for test suites. `startMockServer({ port: 0 })`
 * listens on a free port and resolves with its URL; pass that URL as the client's `endpoint`. Node-only.
 */
export { startMockServer } from './server.ts';
export type { MockServer, MockServerOptions } from './server.ts';

/**
 * The optional peers (Prism for the mock, the MCP SDK for the MCP server, Redocly CLI for `workflows`): the message names the command that
 * installs them, at package.json's ranges. The real case, a fresh project without them, is in
 * test/packages/package-tarball.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MCP_SDK, PRISM, RESPECT, importWithPeers, installCommand, missingPeer } from '../src/optional-peer.ts';
import { repoPath } from '../../../test/support/paths.ts';

const manifest = JSON.parse(readFileSync(repoPath('packages/server/package.json'), 'utf8')) as {
  dependencies: Record<string, string>; peerDependencies: Record<string, string>; peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

/** An error as Node raises it when a module imports a package that is not installed. */
function notFound(name: string): Error {
  return Object.assign(new Error(`Cannot find package '${name}' imported from /app/node_modules/cognito-identity-openapi-server/dist/src/mock/prism-backend.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('the optional peers', () => {
  it('are package.json\'s peerDependencies, every one optional, none also a dependency', () => {
    expect({ ...PRISM.packages, ...MCP_SDK.packages, ...RESPECT.packages }).toEqual(manifest.peerDependencies);
    for (const name of Object.keys(manifest.peerDependencies)) {
      expect(manifest.peerDependenciesMeta[name]?.optional).toBe(true);
      expect(manifest.dependencies[name]).toBeUndefined();
    }
  });

  it.each([
    [PRISM, 'npm install --save-dev @stoplight/prism-core@5.8.0 @stoplight/prism-http@5.12.0'],
    [MCP_SDK, "npm install --save-dev '@modelcontextprotocol/sdk@^1.32.2'"],
  ])('install with one command, ranges quoted where a shell would read them', (peers, command) => {
    expect(installCommand(peers)).toBe(command);
  });
});

describe('importWithPeers', () => {
  it('turns a missing peer into what to install', async () => {
    const failed = importWithPeers(() => Promise.reject(notFound('@stoplight/prism-http')), PRISM);
    await expect(failed).rejects.toThrow("The mock runs on Stoplight Prism's engine, an optional peer dependency of cognito-identity-openapi-server, and @stoplight/prism-http is not installed");
    await expect(failed).rejects.toThrow('npm install --save-dev @stoplight/prism-core@5.8.0 @stoplight/prism-http@5.12.0');
  });

  it('lets any other failure through unchanged, a missing non-peer package included', async () => {
    const other = notFound('left-pad');
    await expect(importWithPeers(() => Promise.reject(other), PRISM)).rejects.toBe(other);
    const broken = new SyntaxError('Unexpected token');
    await expect(importWithPeers(() => Promise.reject(broken), MCP_SDK)).rejects.toBe(broken);
    expect(missingPeer(notFound('@modelcontextprotocol/sdk'), PRISM)).toBeUndefined();
  });

  it('resolves with the module when its peers are there', async () => {
    await expect(importWithPeers(() => Promise.resolve({ loaded: true }), MCP_SDK)).resolves.toEqual({ loaded: true });
  });
});

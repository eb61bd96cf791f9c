/**
 * The server package's optional peers. The mock runs on Stoplight Prism's engine and the MCP server on the MCP
 * SDK; the emulator needs neither, and together they are most of an install (about 120 and 100 packages), so
 * both are optional peer dependencies that a user installs beside this package when they want those servers.
 * `importWithPeers` loads a module that needs one and turns Node's bare "Cannot find package" into a message
 * that says what to install. The versions here are package.json's `peerDependencies` (a test holds them equal).
 */

/** An optional peer set: what needs it, and the packages with their version ranges. */
export interface OptionalPeers {
  readonly feature: string;
  readonly packages: Readonly<Record<string, string>>;
}

/** Prism's engine, for the mock (`startMockServer`, `cognito-identity-openapi-server mock`). */
export const PRISM: OptionalPeers = {
  feature: "The mock runs on Stoplight Prism's engine",
  packages: { '@stoplight/prism-core': '5.8.0', '@stoplight/prism-http': '5.12.0' },
};

/** The MCP SDK, for the MCP server (`cognito-identity-openapi-server mcp`). */
export const MCP_SDK: OptionalPeers = {
  feature: 'The MCP server runs on the MCP SDK',
  packages: { '@modelcontextprotocol/sdk': '^1.32.2' },
};

/** Redocly CLI, whose Respect runs the published workflows (`cognito-identity-openapi-server workflows`). */
export const RESPECT: OptionalPeers = {
  feature: 'The workflows command runs Redocly Respect',
  packages: { '@redocly/cli': '^2.77.0' },
};

/** The install command for `peers`, each package at its range (quoted where a shell could read the range). */
export function installCommand(peers: OptionalPeers): string {
  const specs = Object.entries(peers.packages).map(([name, range]) => /^[\w.-]+$/.test(range) ? `${name}@${range}` : `'${name}@${range}'`);
  return `npm install --save-dev ${specs.join(' ')}`;
}

/** The message for a missing peer: what needs it and the command that installs it. */
export function missingPeerMessage(peers: OptionalPeers, missing: string): string {
  return `${peers.feature}, an optional peer dependency of cognito-identity-openapi-server, and ${missing} is not installed. `
    + `Install it beside the server package:\n  ${installCommand(peers)}`;
}

/** The peer of `peers` that `error` says Node could not find, if it is that kind of error. */
export function missingPeer(error: unknown, peers: OptionalPeers): string | undefined {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  return Object.keys(peers.packages).find((name) => error.message.includes(`'${name}'`));
}

/** Runs `load` (a dynamic import of a module that needs `peers`); a missing peer becomes `missingPeerMessage`. */
export async function importWithPeers<T>(load: () => Promise<T>, peers: OptionalPeers): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const missing = missingPeer(error, peers);
    if (missing === undefined) throw error;
    throw new Error(missingPeerMessage(peers, missing), { cause: error });
  }
}

/**
 * Where the servers listen unless told otherwise. The two defaults differ, so a mock and an emulator run side by
 * side, and clash with none of the local AWS tools people run next to them: LocalStack (4566, and 4510-4559
 * for its external services), moto's server (5000), Prism (4010), cognito-local (9229, also Node's inspector).
 */

/** The default port of each server: the emulator 4630, the mock 4631 (a choice; 630 after the API's 2014-06-30). */
export const DEFAULT_PORTS = { emulator: 4630, mock: 4631 } as const;

/** The port to listen on: `--port`, else `PORT` from the environment (an empty one is unset), else the server's default; 0 picks a free one. */
export function chosenPort(server: keyof typeof DEFAULT_PORTS, flag: string | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const text = flag ?? (env.PORT?.trim() ? env.PORT : undefined) ?? String(DEFAULT_PORTS[server]);
  const port = Number(text);
  if (text.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${JSON.stringify(text)} is not a port number`);
  return port;
}

/** Runtime settings for the Socket Lab server, from the environment with embedded defaults. */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** Folder with the built static site. */
  readonly siteDir: string;
}

const DEFAULT_PORT = 4321;
const DEFAULT_HOST = '127.0.0.1';

/** Reads PORT and HOST; a malformed PORT is an error rather than a silent fallback. */
export function readConfig(env: NodeJS.ProcessEnv, siteDir: string): ServerConfig {
  const rawPort = env.PORT?.trim();
  const port = rawPort ? Number(rawPort) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${rawPort}"`);
  }
  return { host: env.HOST?.trim() || DEFAULT_HOST, port, siteDir };
}

import { envStem } from "./client-naming.ts";

/**
 * The ports the workspace's servers listen on by default and the environment variables that move them, named once
 * for the tools that start, document or check those servers. A vendor's mock port is not here: it is the spec
 * package's `vendorSdks.mockPort` (see vendors.ts).
 */

/** The documented default port of `pnpm docs:serve` (and of the docs site `pnpm start` serves). */
export const DEFAULT_DOCS_PORT = 4000;

/** The environment variable that moves the docs server. */
export const DOCS_PORT_ENV = "DOCS_PORT";

/** `MOCK_PORT_HANIA`: the environment variable that moves one vendor's mock. */
export function mockPortEnvVar(vendor: string): string {
  return `MOCK_PORT_${envStem(vendor)}`;
}

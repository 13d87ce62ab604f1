import { defineCommandLine } from "@vendor-sdks/spec-kit/command-line/command-line-spec";
import { DEFAULT_DOCS_PORT, DOCS_PORT_ENV } from "./port.ts";

/** How the docs server's usage names it: its package script, run from the repo root. */
export const SERVE_PROGRAM = "pnpm --filter @vendor-sdks/docs";

/** The docs server's command line (`pnpm docs:serve` hands its arguments over as they are). */
export const serveCommandLine = defineCommandLine({
  name: "serve",
  summary: "serve the built docs site until Ctrl-C",
  arguments: [],
  options: {
    port: { type: "string", value: "<port>", default: String(DEFAULT_DOCS_PORT), env: DOCS_PORT_ENV, description: "Port to listen on (0: any free one)" },
    host: { type: "string", value: "<host>", default: "127.0.0.1", description: "Interface to listen on" },
    dir: { type: "string", value: "<dir>", fallback: "apps/docs/dist", description: "The built site to serve" },
  },
  examples: ["pnpm docs:serve --port 4100", "DOCS_PORT=4100 pnpm --filter @vendor-sdks/docs serve"],
});

// `pnpm serve` here, or `pnpm docs:serve` from the root: serve the built site (dist/) until Ctrl-C.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { readCommandLine } from "@vendor-sdks/spec-kit/command-line/read-command-line";
import { serveCommandLine, SERVE_PROGRAM } from "./serve/command-line.ts";
import { parsePort } from "./serve/port.ts";
import { createStaticServer } from "./serve/static-server.ts";

const { values } = readCommandLine(serveCommandLine, SERVE_PROGRAM);
const dir = resolve(values.dir ?? join(import.meta.dirname, "..", "dist"));
const { host } = values;

try {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir} has no index.html: run \`pnpm docs:build\` first.`);
  const port = parsePort(values.port);
  const server = createStaticServer(dir);
  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${port} is taken: set DOCS_PORT or pass --port.` : error.message);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === "object" && address ? address.port : port;
    console.log(`Docs site: http://${host}:${actual}/  (serving ${dir}; Ctrl+C to stop)`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

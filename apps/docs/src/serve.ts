// `pnpm serve`: serve the built site (dist/) on 127.0.0.1:4000, or DOCS_PORT / --port, --host.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { resolvePort } from "./serve/port.ts";
import { createStaticServer } from "./serve/static-server.ts";

const { values } = parseArgs({ options: { port: { type: "string" }, host: { type: "string" }, dir: { type: "string" } } });
const dir = resolve(values.dir ?? join(import.meta.dirname, "..", "dist"));
const host = values.host ?? "127.0.0.1";

try {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir} has no index.html: run \`pnpm docs:build\` first.`);
  const port = resolvePort(values.port, process.env.DOCS_PORT);
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

import type { AddressInfo } from "node:net";
import { createStaticServer } from "../../src/serve/static-server.ts";

export interface ServedSite {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serve a built site on 127.0.0.1 at a free port, the way `pnpm docs:serve` does. */
export async function serveSite(dir: string): Promise<ServedSite> {
  const server = createStaticServer(dir);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

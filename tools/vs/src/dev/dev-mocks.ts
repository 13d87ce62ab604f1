import type { ChildSpec } from "../processes/run-children.ts";
import { startVendorMock, type VendorMock } from "./vendor-mock.ts";

export interface DevMocks {
  /** (Re)start one vendor's mock, stopping the running one first; resolves to its URL. */
  start(vendor: string): Promise<string>;
  /** Stop every mock; later starts are refused. */
  stopAll(): Promise<void>;
}

/**
 * One mock server process per vendor, so a spec change restarts that vendor's mock and leaves the others serving.
 * `cli(vendor)` is the mock server's command line for that vendor alone.
 */
export function devMocks(cli: (vendor: string) => ChildSpec, print: (vendor: string, text: string) => void): DevMocks {
  const running = new Map<string, VendorMock>();
  let closed = false;
  return {
    async start(vendor) {
      if (closed) throw new Error("dev is stopping; no mock is started.");
      const previous = running.get(vendor);
      running.delete(vendor);
      await previous?.stop();
      const mock = await startVendorMock({
        cli: cli(vendor),
        vendor,
        onStderr: (line) => print(vendor, line),
        onUnexpectedExit: (reason) => {
          if (running.get(vendor) === mock) running.delete(vendor);
          print(vendor, `stopped: ${reason} The next change to its spec starts it again.`);
        },
      });
      if (closed) {
        await mock.stop();
        throw new Error("dev is stopping; the mock was stopped again.");
      }
      running.set(vendor, mock);
      return mock.url;
    },
    async stopAll() {
      closed = true;
      const all = [...running.values()];
      running.clear();
      await Promise.all(all.map((m) => m.stop()));
    },
  };
}

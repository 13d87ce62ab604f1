import { afterEach } from "vitest";
import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { sendJson, startRecordingServer } from "@vendor-sdks/test-doubles/recording-server";

/** A request as these tests read it: the URL as path + query, the body as text, and when it arrived. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

/** Answers a request; `index` counts the requests the server has seen (0 for the first), for retry scenarios. */
export type Handler = (req: RecordedRequest, res: ServerResponse, index: number) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The repo's recording server (127.0.0.1, a free port), seen through {@link RecordedRequest}. */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = await startRecordingServer((req, res) => {
    const recorded = { method: req.method, url: req.url.pathname + req.url.search, headers: req.headers, body: req.text, at: Date.now() };
    requests.push(recorded);
    return handler(recorded, res, requests.length - 1);
  });
  return { url: server.origin, requests, close: () => server.close() };
}

export const json = sendJson;

/**
 * A loopback URL nothing listens on: a port the OS just handed out and took back (a recording server opened and
 * closed, since the runtime's tests may not depend on the spec kit, which depends on the runtime).
 */
export async function closedPortUrl(): Promise<string> {
  const server = await startRecordingServer(() => undefined);
  await server.close();
  return server.origin;
}

/**
 * `serve(handler)` for a test file: starts a server per test and closes it after each one, so no test leaks a
 * listening port into the next.
 */
export function useTestServer(): (handler: Handler) => Promise<TestServer> {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (handler) => {
    server = await startServer(handler);
    return server;
  };
}

import { canonicalPointer, deref, getAtPointer, pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { mediaExample } from "@vendor-sdks/spec-kit/requests/example-request";
import type { RequestHandler } from "msw";
import { setupServer, type SetupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/**
 * An MSW server with `handlers` for the test file: listening (an unhandled request is an error) before the tests,
 * per-test handlers dropped after each, closed after all.
 */
export function useMswServer(handlers: readonly RequestHandler[]): SetupServer {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** The JSON example the spec documents for one operation's response (what a mock answers by default). */
export function documentedExample(document: Record<string, unknown>, path: string, method: string, status = "200"): unknown {
  const pointer = pointerOf("paths", path, method, "responses", status, "content", "application/json");
  const media = deref(document, getAtPointer(document, canonicalPointer(document, pointer)));
  if (!media) throw new Error(`${method.toUpperCase()} ${path} documents no ${status} application/json response (${pointer}).`);
  return mediaExample(document, media);
}

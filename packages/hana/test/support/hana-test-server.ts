import { sendJson, startRecordingServer, type RecordedRequest, type RecordingServer } from "@vendor-sdks/test-doubles/recording-server";
import { specInfo } from "../../src/generated/spec-info.js";

export type { RecordedRequest } from "@vendor-sdks/test-doubles/recording-server";

export type Handler = (req: RecordedRequest) => { status: number; body: unknown };

/** The recording server (its `requests` included) plus the base URL a Hana client should use. */
export type TestServer = RecordingServer & { readonly baseUrl: string };

/**
 * The shared recording server answering JSON with `handler`. The base URL carries the path of the spec's server URL
 * (Hana's sits under a path prefix), so tests see the request paths a real client sends.
 */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  const server = await startRecordingServer((req, res) => {
    const { status, body } = handler(req);
    sendJson(res, status, body);
  });
  return { ...server, baseUrl: `${server.origin}${new URL(specInfo.defaultBaseUrl).pathname}` };
}

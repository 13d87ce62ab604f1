import { startRecordingServer, type RecordingHandler, type RecordingServer } from "@vendor-sdks/scripts/testing/recording-server";

export { sendJson, type RecordedRequest } from "@vendor-sdks/scripts/testing/recording-server";
export type Handler = RecordingHandler;
export type TestServer = RecordingServer & { readonly baseUrl: string };

/** The shared recording server; Hyponema's paths sit at the origin. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  const server = await startRecordingServer(handler);
  return { ...server, baseUrl: server.origin };
}

/** One SSE frame on the wire. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

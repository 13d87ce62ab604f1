// Hyponema's paths sit at the server's origin, so tests use the shared recording server as is (`origin` is the base URL).
export { sendJson, startRecordingServer, type RecordingHandler, type RecordingServer } from "@vendor-sdks/test-doubles/recording-server";

/** One SSE frame on the wire. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

import { sendJson, startRecordingServer, type RecordingServer } from "@vendor-sdks/scripts/testing/recording-server";

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: import("node:http").IncomingMessage["headers"];
  readonly body: unknown;
}

export type Handler = (req: RecordedRequest) => { status: number; body: unknown };

export interface TestServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The shared recording server answering JSON with `handler`; the base URL carries Hana's `/v1/expose-api`. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server: RecordingServer = await startRecordingServer((req, res) => {
    const recorded: RecordedRequest = { method: req.method, url: req.url, headers: req.headers, body: req.text ? (JSON.parse(req.text) as unknown) : undefined };
    requests.push(recorded);
    const { status, body } = handler(recorded);
    sendJson(res, status, body);
  });
  return { baseUrl: `${server.origin}/v1/expose-api`, requests, close: () => server.close() };
}

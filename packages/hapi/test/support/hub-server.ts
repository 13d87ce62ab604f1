import type { ServerResponse } from "node:http";
import { sendJson, startRecordingServer, type RecordedRequest, type RecordingServer } from "@vendor-sdks/test-doubles/recording-server";

export type { RecordedRequest } from "@vendor-sdks/test-doubles/recording-server";

/** Answers a request: return a reply, or write to `res` yourself (streams) and return nothing. */
export type Handler = (req: RecordedRequest, res: ServerResponse) => Reply | void | Promise<Reply | void>;
export type Reply = { status: number; json: unknown } | { status: number; text: string };

export type HubServer = RecordingServer & { readonly baseUrl: string };

/** The shared recording server standing in for a HAPI hub: replies are JSON or the hub's plain-text errors. */
export async function startHubServer(handler: Handler): Promise<HubServer> {
  const server = await startRecordingServer(async (req, res) => {
    const reply = await handler(req, res);
    if (!reply) return;
    if ("json" in reply) return sendJson(res, reply.status, reply.json);
    res.writeHead(reply.status, { "content-type": "text/plain; charset=UTF-8" });
    res.end(reply.text);
  });
  return { ...server, baseUrl: server.origin };
}

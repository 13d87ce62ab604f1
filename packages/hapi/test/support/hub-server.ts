import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage["headers"];
  /** The raw body text ("" when none). */
  readonly text: string;
}

/** Answers a request: return a reply, or write to `res` yourself (streams) and return nothing. */
export type Handler = (req: RecordedRequest, res: ServerResponse) => Reply | void | Promise<Reply | void>;
export type Reply = { status: number; json: unknown } | { status: number; text: string };

export interface HubServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 standing in for a HAPI hub; records every request it receives. */
export async function startHubServer(handler: Handler): Promise<HubServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded: RecordedRequest = {
      method: req.method ?? "GET",
      url: new URL(req.url ?? "/", "http://127.0.0.1"),
      headers: req.headers,
      text: Buffer.concat(chunks).toString("utf8"),
    };
    requests.push(recorded);
    const reply = await handler(recorded, res);
    if (!reply) return;
    if ("json" in reply) {
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.json));
    } else {
      res.writeHead(reply.status, { "content-type": "text/plain; charset=UTF-8" });
      res.end(reply.text);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

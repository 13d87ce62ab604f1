import { startLoopback } from "./loopback-server.ts";
import { spread, type Spread } from "./results.ts";

/** The slice of a generated client used here: openapi-fetch's GET plus `unwrap`. */
interface BenchClient {
  GET(path: string, init: Record<string, unknown>): Promise<unknown>;
  unwrap(result: Promise<unknown>): Promise<unknown>;
}

export interface OverheadResult {
  readonly raw: Spread;
  /** Raw fetch with an abort signal and timer, as any client with a per-attempt timeout must send. */
  readonly rawWithTimeout: Spread;
  readonly client: Spread;
}

/**
 * Per-call time of a generated client against raw `fetch` + `JSON.parse` on the same loopback server, in
 * alternating rounds so that machine noise hits both sides alike. Reports medians of the rounds.
 */
export async function measureClientOverhead(
  createClient: (baseUrl: string) => BenchClient,
  path: string,
  params: Record<string, unknown>,
  rawPath: string,
  headers: Record<string, string>,
  calls = 1500,
  rounds = 7,
): Promise<OverheadResult> {
  const body = JSON.stringify({ success: true, data: { id: "b1", name: "Support bot", status: "active" } });
  const server = await startLoopback((_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  try {
    const client = createClient(server.url);
    const raw = async () => {
      const res = await fetch(`${server.url}${rawPath}`, { headers });
      if (!res.ok) throw new Error(`raw fetch got ${res.status}`);
      return (await res.json()) as unknown;
    };
    const rawWithTimeout = async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        const res = await fetch(`${server.url}${rawPath}`, { headers, signal: controller.signal });
        return (await res.json()) as unknown;
      } finally {
        clearTimeout(timer);
      }
    };
    const typed = () => client.unwrap(client.GET(path, { params }));
    for (let i = 0; i < 200; i++) await Promise.all([raw(), rawWithTimeout(), typed()]); // warm every path and the pool
    const rawRounds: number[] = [];
    const timeoutRounds: number[] = [];
    const clientRounds: number[] = [];
    for (let r = 0; r < rounds; r++) {
      rawRounds.push(await time(raw, calls));
      timeoutRounds.push(await time(rawWithTimeout, calls));
      clientRounds.push(await time(typed, calls));
    }
    return { raw: spread(rawRounds), rawWithTimeout: spread(timeoutRounds), client: spread(clientRounds) };
  } finally {
    await server.close();
  }
}

async function time(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return ((performance.now() - start) * 1000) / calls;
}

import { createRequire } from "node:module";
import { join } from "node:path";
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
  /** openapi-fetch on its own (the vendor package's copy) with the same signal and timer. */
  readonly openapiFetch: Spread;
  readonly client: Spread;
}

/** What the loopback server answers every call with: the target operation's documented success (see `successExample`). */
export interface LoopbackAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

type OpenapiFetchFactory = (options: { baseUrl: string; headers: Record<string, string> }) => { GET(path: string, init: Record<string, unknown>): Promise<{ data?: unknown }> };

/**
 * Per-call time of a generated client against raw `fetch` + `JSON.parse` on the same loopback server, in
 * many short rounds of rotating order so that machine noise hits every variant alike. Reports medians of the rounds.
 */
export async function measureClientOverhead(
  createClient: (baseUrl: string) => BenchClient,
  clientDir: string,
  path: string,
  params: Record<string, unknown>,
  rawPath: string,
  headers: Record<string, string>,
  answer: LoopbackAnswer,
  calls = 300,
  rounds = 35,
): Promise<OverheadResult> {
  const body = JSON.stringify(answer.body);
  const server = await startLoopback((_req, res) => {
    res.writeHead(answer.status, { "content-type": answer.contentType, "content-length": Buffer.byteLength(body) });
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
    const bare = loadOpenapiFetch(clientDir);
    const plain = bare({ baseUrl: server.url, headers });
    const openapiFetch = async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        return (await plain.GET(path, { params, signal: controller.signal })).data;
      } finally {
        clearTimeout(timer);
      }
    };
    const typed = () => client.unwrap(client.GET(path, { params }));
    // A body that misses the vendor's envelope would time an unwrap that finds nothing.
    if ((await typed()) === undefined) throw new Error(`${path}: the client unwrapped nothing from the loopback's answer`);
    for (let i = 0; i < 200; i++) await Promise.all([raw(), rawWithTimeout(), openapiFetch(), typed()]); // warm every path and the pool
    const variants = { raw, rawWithTimeout, openapiFetch, client: typed };
    const names = Object.keys(variants) as (keyof typeof variants)[];
    const samples: Record<keyof typeof variants, number[]> = { raw: [], rawWithTimeout: [], openapiFetch: [], client: [] };
    // Many short rounds in a rotating order: a GC pause or CPU-frequency change then lands on every variant alike.
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < names.length; i++) {
        const name = names[(r + i) % names.length] as keyof typeof variants;
        samples[name].push(await time(variants[name], calls));
      }
    }
    return { raw: spread(samples.raw), rawWithTimeout: spread(samples.rawWithTimeout), openapiFetch: spread(samples.openapiFetch), client: spread(samples.client) };
  } finally {
    await server.close();
  }
}

async function time(fn: () => Promise<unknown>, calls: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  return ((performance.now() - start) * 1000) / calls;
}

/** The openapi-fetch the vendor package itself depends on (its CommonJS build: the same code, loadable by path). */
function loadOpenapiFetch(clientDir: string): OpenapiFetchFactory {
  const mod = createRequire(join(clientDir, "package.json"))("openapi-fetch") as { default: OpenapiFetchFactory };
  return mod.default;
}

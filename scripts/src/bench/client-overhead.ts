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
 * Per-call time of a generated client against raw `fetch` + `JSON.parse` on the same loopback server, the variants
 * interleaved call by call so that machine noise hits every variant alike. Reports medians of block means.
 */
export async function measureClientOverhead(
  createClient: (baseUrl: string) => BenchClient,
  clientDir: string,
  path: string,
  params: Record<string, unknown>,
  rawPath: string,
  headers: Record<string, string>,
  answer: LoopbackAnswer,
  callsPerBlock = 20,
  blocks = 400,
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
    // Variants take turns call by call (in a rotating order), so a GC pause, a timer firing or a CPU-frequency change
    // lands on each alike; a block's mean per variant is one sample. Longer per-variant rounds drifted by ±5 %.
    for (let b = 0; b < blocks; b++) {
      const spent: Record<keyof typeof variants, number> = { raw: 0, rawWithTimeout: 0, openapiFetch: 0, client: 0 };
      for (let k = 0; k < callsPerBlock; k++) {
        for (let i = 0; i < names.length; i++) {
          const name = names[(b + k + i) % names.length] as keyof typeof variants;
          const start = performance.now();
          await variants[name]();
          spent[name] += performance.now() - start;
        }
      }
      for (const name of names) samples[name].push((spent[name] * 1000) / callsPerBlock);
    }
    return { raw: spread(samples.raw), rawWithTimeout: spread(samples.rawWithTimeout), openapiFetch: spread(samples.openapiFetch), client: spread(samples.client) };
  } finally {
    await server.close();
  }
}

/** The openapi-fetch the vendor package itself depends on (its CommonJS build: the same code, loadable by path). */
function loadOpenapiFetch(clientDir: string): OpenapiFetchFactory {
  const mod = createRequire(join(clientDir, "package.json"))("openapi-fetch") as { default: OpenapiFetchFactory };
  return mod.default;
}

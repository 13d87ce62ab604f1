import { createRequire } from "node:module";
import { join } from "node:path";
import { startLoopback } from "./loopback-server.ts";
import { median, spread, type Spread } from "./results.ts";

/** The slice of a generated client used here: openapi-fetch's GET plus `unwrap`. */
interface BenchClient {
  GET(path: string, init: Record<string, unknown>): Promise<unknown>;
  unwrap(result: Promise<unknown>): Promise<unknown>;
}

/** One comparison: the baseline and the client, timed in the same interleaved run. */
export interface Comparison {
  readonly baseline: Spread;
  readonly client: Spread;
  /** The client's time over the baseline's: the median of per-block ratios (see `measureClientOverhead`). */
  readonly ratio: number;
}

export interface OverheadResult {
  readonly raw: Comparison;
  /** Raw fetch with an abort signal and timer: how clients that time out by aborting send every call. */
  readonly rawWithTimeout: Comparison;
  /** openapi-fetch on its own (the vendor package's copy) with the same signal and timer. */
  readonly openapiFetch: Comparison;
}

/** What the loopback server answers every call with: the target operation's documented success (see `successExample`). */
export interface LoopbackAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: unknown;
}

type OpenapiFetchFactory = (options: { baseUrl: string; headers: Record<string, string> }) => { GET(path: string, init: Record<string, unknown>): Promise<{ data?: unknown }> };

/**
 * Per-call time of a generated client against raw `fetch` + `JSON.parse` on the same loopback server (and two more
 * baselines), each baseline interleaved with the client call by call. Reports medians of block means, and each ratio
 * as the median of the blocks' own ratios: a block's calls ran side by side, so a slow stretch of the machine cancels
 * out of its ratio (ratios of the overall medians moved by ±5 % between runs, these by about ±1 %).
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
  blocks = 300,
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
    // Each baseline is compared in its own run, interleaved with the client alone: a baseline that aborts by signal
    // leaves undici's FinalizationRegistry entries behind, and collecting them would otherwise land on every variant.
    const pairs = { raw, rawWithTimeout, openapiFetch };
    const result = {} as Record<keyof typeof pairs, Comparison>;
    for (const name of Object.keys(pairs) as (keyof typeof pairs)[]) {
      const run = await interleave(pairs[name], typed, blocks, callsPerBlock);
      result[name] = { baseline: spread(run.baseline), client: spread(run.client), ratio: median(run.client.map((us, b) => us / (run.baseline[b] ?? Number.NaN))) };
    }
    return result;
  } finally {
    await server.close();
  }
}

/**
 * Times two variants taking turns call by call (who goes first alternates), so a GC pause, a timer firing or a
 * CPU-frequency change lands on both alike; a block's mean per variant is one sample. Longer per-variant rounds
 * drifted by ±5 %.
 */
async function interleave(baseline: () => Promise<unknown>, client: () => Promise<unknown>, blocks: number, callsPerBlock: number): Promise<{ baseline: number[]; client: number[] }> {
  const samples = { baseline: [] as number[], client: [] as number[] };
  const timed = async (call: () => Promise<unknown>) => {
    const start = performance.now();
    await call();
    return performance.now() - start;
  };
  for (let b = 0; b < blocks; b++) {
    let spentBaseline = 0;
    let spentClient = 0;
    for (let k = 0; k < callsPerBlock; k++) {
      if ((b + k) % 2 === 0) {
        spentBaseline += await timed(baseline);
        spentClient += await timed(client);
      } else {
        spentClient += await timed(client);
        spentBaseline += await timed(baseline);
      }
    }
    samples.baseline.push((spentBaseline * 1000) / callsPerBlock);
    samples.client.push((spentClient * 1000) / callsPerBlock);
  }
  return samples;
}

/** The openapi-fetch the vendor package itself depends on (its CommonJS build: the same code, loadable by path). */
function loadOpenapiFetch(clientDir: string): OpenapiFetchFactory {
  const mod = createRequire(join(clientDir, "package.json"))("openapi-fetch") as { default: OpenapiFetchFactory };
  return mod.default;
}

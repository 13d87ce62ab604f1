import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildOperationTable, type SucceedingOperation, type ToolingOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { ensureBundled } from "@vendor-sdks/spec-kit/spec/bundle";
import { firstTokenExchange } from "@vendor-sdks/spec-kit/spec/token-exchange";
import { firstExampleGet, successExample } from "@vendor-sdks/spec-kit/requests/example-get";
import { fillPath } from "../verify/request-plan.ts";
import { createCredentials } from "../verify/credentials.ts";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { buildWorkspacePackages } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { measureBuild, gitDescribe } from "./build-times.ts";
import { clientFactoryName as factoryNameOf } from "@vendor-sdks/spec-kit/workspace/client-naming";
import { BROWSER_BUNDLE_BUDGET_BYTES, measureClientBundle } from "@vendor-sdks/test-kit/bundle-size/bundle-size";
import { measureClientOverhead } from "./client-overhead.ts";
import { measureCodegen } from "./codegen-times.ts";
import { docsRows } from "./docs-pages.ts";
import { scaleRows } from "./scale.ts";
import { load, loadBaseline, spawnQuiet, startPrismCli, startSteady, treeRssMiB, waitForPort, type LoadResult, type RunningProcess, type StartedServer } from "./mock-throughput.ts";
import { replicatedSpec } from "./synthetic-spec.ts";
import { freePort } from "@vendor-sdks/spec-kit/prism/free-port";
import { row, spread, writeResults, type BenchRow } from "./results.ts";
import { eventsPerSecond, naiveSse, sseChunks } from "./sse-throughput.ts";

/** The runtime issue states its size and per-call budgets for this client; the others are reported against them. */
const BUDGETED_CLIENT = "hania";
/** Per-call time of the budgeted client over a raw fetch call on loopback. */
const CLIENT_OVERHEAD_BUDGET = 1.15;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

type Json = Record<string, unknown>;

/** Run every benchmark and write bench/results.{md,json}. Returns the rows; failures of budgets are marked. */
export async function runBench(root: string, vendors: readonly Vendor[], only: ReadonlySet<string>): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const want = (group: string) => only.size === 0 || only.has(group);
  if (only.size === 0 || ["size", "client", "sse", "mock"].some((g) => only.has(g))) buildWorkspacePackages(root);
  const docs = new Map<string, Json>();
  for (const v of vendors) docs.set(v.name, await ensureBundled(v, root));

  if (want("build")) {
    log("build: cold, warm, one-spec edit");
    const b = measureBuild(root, vendors[0]?.name ?? "");
    const edited = vendors[0]?.name ?? "";
    const onlyThatVendor = b.afterSpecEdit.every((t) => t.includes(`/${edited}`) || t.startsWith("@vendor-sdks/docs#"));
    rows.push(row({ group: "build", figure: "cold pnpm build (turbo cache cleared)", value: b.coldMs / 1000, unit: "s" }));
    rows.push(row({ group: "build", figure: "warm no-op rebuild (full cache hit)", value: b.warmMs / 1000, unit: "s", budget: "< 2 s", pass: b.warmMs < 2000 }));
    rows.push(
      row({
        group: "build",
        figure: `tasks rerun after editing specs/${edited}`,
        value: b.afterSpecEdit.length,
        unit: "tasks",
        baseline: b.totalTasks,
        budget: "that vendor (+ docs page) only",
        pass: onlyThatVendor,
        note: b.afterSpecEdit.join(", "),
      }),
    );
    const reused = vendors.filter((v) => v.name !== edited).map((v) => v.name);
    const pagesOk = reused.every((v) => b.docsPagesReused.includes(v)) && !b.docsPagesReused.includes(edited);
    rows.push(
      row({
        group: "build",
        figure: `pnpm build after editing specs/${edited} (its info.version)`,
        value: b.afterEditMs / 1000,
        unit: "s",
        budget: "docs pages of other vendors reused",
        pass: pagesOk,
        note: `docs pages reused from the page cache: ${b.docsPagesReused.join(", ") || "none"}`,
      }),
    );
  }

  if (want("codegen")) {
    for (const v of vendors) {
      log(`codegen: ${v.name}`);
      const c = await measureCodegen(v, root);
      rows.push(row({ group: "codegen", figure: `${v.name}: bundle spec`, value: c.bundle.median, min: c.bundle.min, max: c.bundle.max, unit: "ms" }));
      rows.push(row({ group: "codegen", figure: `${v.name}: generate types + operation table`, value: c.generate.median, min: c.generate.min, max: c.generate.max, unit: "ms" }));
    }
  }

  if (want("size")) {
    log("size: runtime alone");
    const floor = await measureClientBundle(join(root, "packages", "runtime"), "createVendorClient", "./dist/internal.js");
    rows.push(row({ group: "size", figure: "createVendorClient browser bundle (runtime + openapi-fetch, no vendor table), min+gzip", value: floor.gzipBytes, unit: "B" }));
    for (const v of vendors) {
      log(`size: ${v.name}`);
      const s = await measureClientBundle(v.clientDir, factoryNameOf(v.name));
      const budgeted = v.name === BUDGETED_CLIENT;
      rows.push(
        row({
          group: "size",
          figure: `${factoryNameOf(v.name)} browser bundle, min+gzip`,
          value: s.gzipBytes,
          unit: "B",
          ...(budgeted ? { budget: `≤ ${BROWSER_BUNDLE_BUDGET_BYTES} B`, pass: s.gzipBytes <= BROWSER_BUNDLE_BUDGET_BYTES } : {}),
          note: `minified: openapi-fetch ${s.parts.openapiFetch} B, runtime ${s.parts.runtime} B, vendor ${s.parts.vendor} B${budgeted ? "" : "; the budget is stated for Hania"}`,
        }),
      );
    }
  }

  if (want("client")) {
    for (const v of vendors) {
      const target = overheadTarget(docs.get(v.name) ?? {});
      if (!target) {
        log(`client: ${v.name} has no authenticated JSON GET callable with example path parameters alone; skipped`);
        continue;
      }
      // the loopback answers what the spec documents, so `unwrap` reads the vendor's own envelope
      const answer = successExample(docs.get(v.name) ?? {}, target.operation);
      if (!answer) {
        log(`client: ${v.name} ${target.path} documents no success example; skipped`);
        continue;
      }
      log(`client: ${v.name} ${target.path}`);
      const mod = (await import(pathToFileURL(join(v.clientDir, "dist", "index.js")).href)) as Record<string, unknown>;
      const factory = mod[factoryNameOf(v.name)] as (o: Json) => never;
      const headers = new Headers();
      const url = new URL("http://127.0.0.1/");
      await createCredentials(docs.get(v.name) ?? {}, "bench-secret", "http://127.0.0.1", async () => tokenResponse(docs.get(v.name) ?? {})).apply(target.security, headers, url);
      const tokenExchange = tokenExchangeOf(docs.get(v.name) ?? {});
      const o = await measureClientOverhead(
        (baseUrl) =>
          factory({
            apiKey: "bench-secret",
            accessToken: "bench-secret",
            baseUrl,
            allowInsecureHttp: true,
            retries: 0,
            // only a vendor with a token exchange gets a wrapped fetch (it answers the exchange locally)
            ...(tokenExchange ? { fetch: tokenAwareFetch(docs.get(v.name) ?? {}, tokenExchange) } : {}),
          }),
        v.clientDir,
        target.path,
        // as a caller writes it: `{ path: … }` only for a path with parameters (an empty one still costs a path pass)
        Object.keys(target.pathParams).length > 0 ? { path: target.pathParams } : {},
        target.rawPath,
        Object.fromEntries(headers),
        answer,
      );
      const { raw, rawWithTimeout, openapiFetch } = o;
      const budgeted = v.name === BUDGETED_CLIENT;
      rows.push(
        row({
          group: "client",
          figure: `${v.name}: per-call time, client vs raw fetch (${target.path})`,
          value: raw.client.median,
          min: raw.client.min,
          max: raw.client.max,
          unit: "µs",
          baseline: raw.baseline.median,
          ratio: raw.ratio,
          ...(budgeted
            ? { budget: `≤ ${CLIENT_OVERHEAD_BUDGET}×`, pass: raw.ratio <= CLIENT_OVERHEAD_BUDGET }
            : { note: `the budget is stated for Hania${raw.ratio > CLIENT_OVERHEAD_BUDGET ? `; over its ${CLIENT_OVERHEAD_BUDGET}×` : ""}` }),
        }),
      );
      rows.push(row({ group: "client", figure: `${v.name}: same, vs raw fetch carrying a per-attempt timeout signal`, value: rawWithTimeout.client.median, unit: "µs", baseline: rawWithTimeout.baseline.median, ratio: rawWithTimeout.ratio, note: "how clients that time out by aborting send every call" }));
      rows.push(row({ group: "client", figure: `${v.name}: same, vs bare openapi-fetch with that signal (no retries, errors or auth)`, value: openapiFetch.client.median, unit: "µs", baseline: openapiFetch.baseline.median, ratio: openapiFetch.ratio, note: "what this runtime adds over openapi-fetch" }));
    }
  }

  if (want("sse")) {
    log("sse: parser throughput");
    const runtime = (await import(pathToFileURL(join(root, "packages", "runtime", "dist", "internal.js")).href)) as { parseSse: (s: ReadableStream<Uint8Array>) => AsyncIterable<unknown> };
    const count = 50_000;
    const chunks = sseChunks(count);
    const ours = await eventsPerSecond(runtime.parseSse, chunks, count);
    const naive = await eventsPerSecond(naiveSse, chunks, count);
    rows.push(row({ group: "client", figure: "SSE parsing throughput (runtime parseSse vs naive line splitter)", value: ours.median, min: ours.min, max: ours.max, unit: "events/s", baseline: naive.median }));
  }

  if (want("mock")) rows.push(...(await mockRows(root, vendors, docs)));

  if (want("scale")) {
    // The largest vendor is the small end of the comparison; the large one is made from it.
    const small = [...vendors].sort((a, b) => Object.keys(buildOperationTable(docs.get(b.name) ?? {})).length - Object.keys(buildOperationTable(docs.get(a.name) ?? {})).length)[0];
    if (small) rows.push(...(await scaleRows(root, { name: small.name, doc: docs.get(small.name) ?? {} }, log)));
  }

  if (want("docs")) {
    log("docs: file sizes, first-visit bytes and times");
    rows.push(...(await docsRows(root, vendors)));
  }

  writeResults(join(root, "bench"), rows, {
    date: new Date().toISOString(),
    machine: `${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, commit ${gitDescribe(root)}`,
  });
  return rows;
}

/** The first authenticated JSON GET the spec can call with path parameters alone (filled from its examples). */
function overheadTarget(doc: Json): { operation: SucceedingOperation; path: string; rawPath: string; pathParams: Json; security: string[] } | undefined {
  const get = firstExampleGet(doc, { securedOnly: true, withoutQuery: true });
  if (!get) return undefined;
  const { operation, request } = get;
  const pathParams = Object.fromEntries(Object.entries(request.params.path).map(([name, value]) => [name, String(value)]));
  return { operation, path: operation.path, rawPath: fillPath(operation.path, pathParams), pathParams, security: [...(operation.security[0] ?? [])] };
}

/** For a vendor with a token exchange, the loopback's answer to it (built from the spec's x-token-exchange). */
function tokenResponse(doc: Json): Response {
  const exchange = firstTokenExchange(doc);
  const token = `e30.${Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) + 3600 })).toString("base64url")}.sig`;
  const body: Json = {};
  if (exchange) {
    const keys = exchange.token.split("/").slice(1);
    let node = body;
    keys.forEach((k, i) => (i === keys.length - 1 ? (node[k] = token) : (node = node[k] = {}) as Json));
  }
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}

/** The spec's token-exchange operation, if a security scheme declares one (`x-token-exchange`). */
function tokenExchangeOf(doc: Json): { readonly path: string } | undefined {
  const exchange = firstTokenExchange(doc);
  return exchange ? buildOperationTable(doc)[exchange.operationId] : undefined;
}

/** A fetch that answers the vendor's token exchange locally and passes everything else to the loopback server. */
function tokenAwareFetch(doc: Json, exchange: { readonly path: string }): typeof fetch {
  // Not async, and a URL parsed only when it may be the exchange: this stand-in's own cost is timed as the client's.
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes(exchange.path) && new URL(url).pathname.endsWith(exchange.path)) return Promise.resolve(tokenResponse(doc));
    return fetch(input, init);
  };
}

/** The vendor the mock budgets are stated for (the issue measures Hania's `GET /bots`). */
const BUDGETED_MOCK = "hania";
/** Budgets of the mock, each a ratio to prism-cli measured in the same run on the same bundled spec. */
const MOCK_READY_BUDGET = 1.5;
const MOCK_RSS_BUDGET_MIB = 300;
const MOCK_THROUGHPUT_BUDGET = 3;
const MOCK_P99_BUDGET_MS = 20;
/** The large synthetic vendor: HAPI's paths replicated to at least this many operations. */
const LARGE_SPEC_OPERATIONS = 600;

async function mockRows(root: string, vendors: readonly Vendor[], docs: Map<string, Json>): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const mockDir = join(root, "apps", "mock-server");
  const cli = join(mockDir, "dist", "cli.js");
  const budgeted = vendors.find((v) => v.name === BUDGETED_MOCK) ?? vendors[0];
  const budgetedDoc = budgeted ? (docs.get(budgeted.name) ?? {}) : {};
  const budgetedTarget = overheadTarget(budgetedDoc);
  const credentialHeaders = async (doc: Json, baseUrl: string, t: { rawPath: string; security: string[] }): Promise<Record<string, string>> => {
    const headers = new Headers();
    await createCredentials(doc, "bench-secret", baseUrl, fetch).apply(t.security, headers, new URL(`${baseUrl}${t.rawPath}`));
    return Object.fromEntries(headers);
  };
  /** Seconds from spawn until the server returns the target's documented success. */
  const readyIn = async (start: () => Promise<StartedServer>, doc: Json, t: { rawPath: string; security: string[] }): Promise<{ server: StartedServer; seconds: number }> => {
    const started = performance.now();
    const server = await start();
    await waitForSuccess(doc, server.url, t);
    return { server, seconds: (performance.now() - started) / 1000 };
  };

  // prism-cli with its defaults on the budgeted vendor's bundled spec: the reference for every budget below
  let prism: { seconds: number; load: LoadResult; rss: number } | undefined;
  if (budgeted && budgetedTarget) {
    log(`mock: prism-cli alone on ${budgeted.name} (bundled spec, defaults)`);
    const { server, seconds } = await readyIn(() => startPrismCli(budgeted.bundledJson, mockDir), budgetedDoc, budgetedTarget);
    try {
      const result = await load(`${server.url}${budgetedTarget.rawPath}`, await credentialHeaders(budgetedDoc, server.url, budgetedTarget));
      prism = { seconds, load: result, rss: server.process.child.pid ? treeRssMiB(server.process.child.pid) : 0 };
    } finally {
      await server.process.stop();
    }
    rows.push(row({ group: "mock", figure: `prism-cli alone on ${budgeted.name}: ready (documented GET answered)`, value: prism.seconds, unit: "s", note: `GET ${budgetedTarget.path}: ${prism.load.requestsPerSecond} req/s, p99 ${prism.load.p99Ms} ms; ${prism.rss.toFixed(0)} MiB` }));
  }

  // the mock server: every vendor in one process
  const ports = new Map<string, number>();
  for (const v of vendors) ports.set(v.name, await freePort());
  const portArgs = vendors.flatMap((v) => ["--port", `${v.name}=${ports.get(v.name)}`]);
  const startMock = async (): Promise<{ process: RunningProcess; seconds: number }> => {
    const started = performance.now();
    const proc = spawnQuiet(process.execPath, [cli, ...portArgs], root);
    await Promise.all(vendors.map((v) => waitForPort(ports.get(v.name) ?? 0)));
    // a bound port answers 503 while its spec loads: startup ends when every vendor returns its documented success
    await Promise.all(
      vendors.map(async (v) => {
        const doc = docs.get(v.name) ?? {};
        const t = overheadTarget(doc);
        if (t) await waitForSuccess(doc, `http://127.0.0.1:${ports.get(v.name)}`, t);
      }),
    );
    return { process: proc, seconds: (performance.now() - started) / 1000 };
  };
  log("mock: startup of every vendor (3 cold starts)");
  const startups: number[] = [];
  for (let i = 0; i < 2; i++) {
    const run = await startMock();
    startups.push(run.seconds);
    await run.process.stop();
  }
  const { process: mock, seconds } = await startMock(); // the third start stays up for the load figures
  startups.push(seconds);
  const throughput = new Map<string, LoadResult>();
  try {
    const startup = spread(startups);
    const readyBudget = prism ? { budget: `≤ ${MOCK_READY_BUDGET}× prism-cli on ${budgeted?.name} alone`, pass: startup.median <= MOCK_READY_BUDGET * prism.seconds } : {};
    rows.push(row({ group: "mock", figure: `startup of all ${vendors.length} vendors (one process), ready = every documented GET answered`, value: startup.median, min: startup.min, max: startup.max, unit: "s", ...(prism ? { baseline: prism.seconds } : {}), ...readyBudget }));
    for (const v of vendors) {
      const doc = docs.get(v.name) ?? {};
      const t = overheadTarget(doc);
      if (!t) continue;
      const baseUrl = `http://127.0.0.1:${ports.get(v.name)}`;
      const h = await credentialHeaders(doc, baseUrl, t);
      const sample = await fetch(`${baseUrl}${t.rawPath}`, { headers: h });
      const body = await sample.text();
      log(`mock: load ${v.name} ${t.path}`);
      const tuned = await load(`${baseUrl}${t.rawPath}`, h);
      throughput.set(v.name, tuned);
      const base = await loadBaseline(sample.status, sample.headers.get("content-type") ?? "application/json", body);
      rows.push(row({ group: "mock", figure: `${v.name}: GET ${t.path} throughput vs plain node:http, same bytes`, value: tuned.requestsPerSecond, unit: "req/s", baseline: base.requestsPerSecond, note: `p50 ${tuned.p50Ms} ms, p99 ${tuned.p99Ms} ms; baseline p50 ${base.p50Ms} ms, p99 ${base.p99Ms} ms; errors ${tuned.errors}` }));
    }
    const ours = budgeted ? throughput.get(budgeted.name) : undefined;
    if (prism && ours && budgeted && budgetedTarget) {
      const pass = ours.requestsPerSecond >= MOCK_THROUGHPUT_BUDGET * prism.load.requestsPerSecond && ours.p99Ms <= MOCK_P99_BUDGET_MS && ours.errors === 0;
      rows.push(row({ group: "mock", figure: `${budgeted.name}: GET ${budgetedTarget.path} at 10 connections vs prism-cli defaults, same bundled spec`, value: ours.requestsPerSecond, unit: "req/s", baseline: prism.load.requestsPerSecond, budget: `≥ ${MOCK_THROUGHPUT_BUDGET}×, p99 ≤ ${MOCK_P99_BUDGET_MS} ms, 0 errors`, pass, note: `p99 ${ours.p99Ms} ms (prism-cli ${prism.load.p99Ms} ms); errors ${ours.errors}` }));
    }
    const rss = mock.child.pid ? treeRssMiB(mock.child.pid) : 0;
    rows.push(row({ group: "mock", figure: `resident memory of the whole mock (${vendors.length} vendors, after load)`, value: rss, unit: "MiB", budget: `≤ ${MOCK_RSS_BUDGET_MIB} MiB`, pass: rss <= MOCK_RSS_BUDGET_MIB, ...(prism ? { note: `prism-cli on ${budgeted?.name} alone: ${prism.rss.toFixed(0)} MiB` } : {}) }));
  } finally {
    await mock.stop();
  }

  rows.push(...(await steadyRows(budgeted, budgetedDoc, budgetedTarget, mockDir, readyIn, credentialHeaders)));
  rows.push(...(await largeVendorRows(vendors, docs, cli, root, throughput, readyIn, credentialHeaders)));
  return rows;
}

type ReadyIn = (start: () => Promise<StartedServer>, doc: Json, t: { rawPath: string; security: string[] }) => Promise<{ server: StartedServer; seconds: number }>;
type CredentialHeaders = (doc: Json, baseUrl: string, t: { rawPath: string; security: string[] }) => Promise<Record<string, string>>;

/** Steady on the budgeted vendor's bundled spec: the frontier, reported beside the budgets (no budget of its own). */
async function steadyRows(vendor: Vendor | undefined, doc: Json, target: ReturnType<typeof overheadTarget>, mockDir: string, readyIn: ReadyIn, credentialHeaders: CredentialHeaders): Promise<BenchRow[]> {
  if (!vendor || !target) return [];
  log(`mock: Steady on ${vendor.name} (frontier)`);
  let started: { server: StartedServer; seconds: number } | undefined;
  try {
    started = await readyIn(async () => {
      const server = await startSteady(vendor.bundledJson, mockDir);
      if (!server) throw new Error("@stdy/cli is not installed for this platform");
      return server;
    }, doc, target);
    const result = await load(`${started.server.url}${target.rawPath}`, await credentialHeaders(doc, started.server.url, target));
    const rss = started.server.process.child.pid ? treeRssMiB(started.server.process.child.pid) : 0;
    return [
      row({ group: "mock", figure: `frontier: Steady (@stdy/cli) on ${vendor.name}: ready`, value: started.seconds, unit: "s" }),
      row({ group: "mock", figure: `frontier: Steady on ${vendor.name}: GET ${target.path} at 10 connections`, value: result.requestsPerSecond, unit: "req/s", note: `p99 ${result.p99Ms} ms; errors ${result.errors}; ${rss.toFixed(0)} MiB` }),
    ];
  } catch (error) {
    return [row({ group: "mock", figure: `frontier: Steady (@stdy/cli) on ${vendor.name}`, value: 0, unit: "req/s", note: `could not run here: ${(error as Error).message}` })];
  } finally {
    await started?.server.process.stop();
  }
}

/**
 * A large synthetic vendor (HAPI's paths replicated under prefixes to ≥ 600 operations), served alone: its
 * readiness, memory and throughput beside HAPI's, to show cost growing with the spec no faster than it.
 */
async function largeVendorRows(vendors: readonly Vendor[], docs: Map<string, Json>, cli: string, root: string, throughput: Map<string, LoadResult>, readyIn: ReadyIn, credentialHeaders: CredentialHeaders): Promise<BenchRow[]> {
  const small = vendors.find((v) => v.name === "hapi") ?? vendors[0];
  const smallDoc = small ? docs.get(small.name) : undefined;
  const target = smallDoc ? overheadTarget(smallDoc) : undefined;
  if (!small || !smallDoc || !target) return [];
  const large = replicatedSpec(smallDoc, LARGE_SPEC_OPERATIONS);
  const dir = mkdtempSync(join(tmpdir(), "bench-large-vendor-"));
  const file = join(dir, "large.json");
  writeFileSync(file, JSON.stringify(large.document));
  const smallOps = Math.round(large.operations / large.prefixes);
  log(`mock: large synthetic vendor (${large.operations} operations)`);
  try {
    const port = await freePort();
    // every copy answers like the original; the last prefix is the one a linear router would reach last
    const prefix = `/p${large.prefixes}`;
    const { server, seconds } = await readyIn(
      async () => ({ url: `http://127.0.0.1:${port}${prefix}`, process: spawnQuiet(process.execPath, [cli, "--spec", file, "--port", `large=${port}`], root) }),
      smallDoc,
      target,
    );
    try {
      const result = await load(`${server.url}${target.rawPath}`, await credentialHeaders(smallDoc, server.url, target));
      const rss = server.process.child.pid ? treeRssMiB(server.process.child.pid) : 0;
      const smallLoad = throughput.get(small.name);
      return [
        row({ group: "mock", figure: `large synthetic vendor (${large.operations} operations) alone: ready`, value: seconds, unit: "s", note: `${small.name} (${smallOps} operations) is ready with the other vendors in the startup row` }),
        row({ group: "mock", figure: `large synthetic vendor: GET ${prefix}${target.path} vs ${small.name} (${smallOps} operations), same answer`, value: result.requestsPerSecond, unit: "req/s", ...(smallLoad ? { baseline: smallLoad.requestsPerSecond } : {}), note: `p99 ${result.p99Ms} ms; errors ${result.errors}` }),
        row({ group: "mock", figure: "large synthetic vendor alone: resident memory", value: rss, unit: "MiB" }),
      ];
    } finally {
      await server.process.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Poll until the mock returns the operation's success, authenticating (token exchange included) each time. */
async function waitForSuccess(doc: Json, baseUrl: string, target: { rawPath: string; security: string[] }, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const credentials = createCredentials(doc, "bench-secret", baseUrl, fetch);
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const url = new URL(`${baseUrl}${target.rawPath}`);
      const headers = new Headers();
      await credentials.apply(target.security, headers, url);
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${baseUrl}${target.rawPath} did not return a success within ${timeoutMs} ms (last: ${last})`);
}

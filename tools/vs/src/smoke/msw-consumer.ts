import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { exampleRequest, type ExampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { CallPlan } from "./call-plan.ts";

type Json = Record<string, unknown>;

/** A streamed POST a consumer makes through a vendor's MSW handlers: the first one the spec shows how to call. */
export interface StreamPlan {
  readonly vendor: string;
  readonly operationId: string;
  readonly path: string;
  readonly params: Partial<ExampleRequest["params"]>;
  readonly body: unknown;
  /**
   * The fewest events (frames with `event:` or `data:`) that must arrive: a turn the spec ends with a terminal event
   * (start, text, end) needs several; any other stream only a frame of any kind (a documented comment line counts).
   */
  readonly minEvents: number;
}

/** What `consumer-msw.mjs` prints for one call (one JSON line each). */
export interface MswCallResult {
  readonly vendor: string;
  readonly kind: "list" | "stream";
  readonly status?: number;
  readonly hasData?: boolean;
  readonly events?: number;
  /** Every non-empty frame, comments included. */
  readonly frames?: number;
  readonly error?: string;
}

// a chat turn as the paced mock streams it: a start event, several pieces of text, an end event
const MIN_TURN_EVENTS = 5;

/** The vendor's first `text/event-stream` POST whose request the spec's examples fill, if it has one. */
export function planStream(vendor: string, doc: Json): StreamPlan | undefined {
  for (const op of Object.values(buildOperationTable(doc))) {
    if (!op.streaming || op.method !== "post") continue;
    let request: ExampleRequest;
    try {
      request = exampleRequest(doc, pointerOf("paths", op.path), op);
    } catch {
      continue; // no example for something required: the next streamed operation may have one
    }
    const params = Object.fromEntries(Object.entries(request.params).filter(([, values]) => Object.keys(values).length > 0));
    const minEvents = (op.streamEvents?.terminal?.length ?? 0) > 0 ? MIN_TURN_EVENTS : 0;
    return { vendor, operationId: op.operationId, path: op.path, params, body: request.body, minEvents };
  }
  return undefined;
}

/**
 * A component test's setup in plain Node: every client's `./msw` handlers in one `setupServer` that fails any
 * request they do not cover, each client created with its defaults (only the credential given), one list call per
 * vendor and one streamed POST where the spec has one, its events counted as they arrive.
 */
export function mswConsumerScript(calls: readonly CallPlan[], streams: readonly StreamPlan[], secret: string): string {
  const imports = calls.flatMap((p, i) => [`import * as client${i} from ${JSON.stringify(p.clientPackage)};`, `import { handlers as handlers${i} } from ${JSON.stringify(`${p.clientPackage}/msw`)};`]);
  const lines = calls.map((p, i) => {
    const stream = streams.find((s) => s.vendor === p.vendor);
    return `  await run(client${i}, ${JSON.stringify(p)}, ${stream ? JSON.stringify(stream) : "undefined"});`;
  });
  return `import { setupServer } from "msw/node";
${imports.join("\n")}

const server = setupServer(${calls.map((_, i) => `...handlers${i}`).join(", ")});
server.listen({ onUnhandledRequest: "error" });
const print = (result) => console.log(JSON.stringify(result));

async function run(mod, plan, stream) {
  const client = mod[plan.factory]({ [plan.credentialOption]: ${JSON.stringify(secret)}, retries: 0 });
  try {
    const { response, data } = await client.GET(plan.path, { params: plan.params });
    print({ vendor: plan.vendor, kind: "list", status: response.status, hasData: data !== undefined });
  } catch (error) {
    print({ vendor: plan.vendor, kind: "list", error: String((error && error.stack) || error) });
  }
  if (!stream) return;
  try {
    const { response } = await client.POST(stream.path, { params: stream.params, body: stream.body, parseAs: "stream" });
    let text = "";
    const decoder = new TextDecoder();
    for await (const chunk of response.body) text += decoder.decode(chunk, { stream: true });
    const frames = text.split(/\\r?\\n\\r?\\n/).filter((block) => block.trim() !== "");
    print({ vendor: plan.vendor, kind: "stream", status: response.status, events: frames.filter((block) => /^(data|event):/m.test(block)).length, frames: frames.length });
  } catch (error) {
    print({ vendor: plan.vendor, kind: "stream", error: String((error && error.stack) || error) });
  }
}

${lines.join("\n")}
server.close();
`;
}

/** Every way the MSW consumer fell short, one line each. */
export function mswFailures(calls: readonly CallPlan[], streams: readonly StreamPlan[], results: readonly MswCallResult[]): string[] {
  const failures: string[] = [];
  for (const plan of calls) {
    const list = results.find((r) => r.vendor === plan.vendor && r.kind === "list");
    const where = `${plan.clientPackage}/msw`;
    if (!list) failures.push(`${where}: the MSW consumer printed nothing for GET ${plan.path}.`);
    else if (list.error) failures.push(`${where}: GET ${plan.path} failed: ${list.error}`);
    else if (list.status !== plan.successStatus || !list.hasData) failures.push(`${where}: GET ${plan.path} answered ${list.status}${list.hasData ? "" : " without a body"}, expected ${plan.successStatus} with the documented example.`);
    const stream = streams.find((s) => s.vendor === plan.vendor);
    if (!stream) continue;
    const streamed = results.find((r) => r.vendor === plan.vendor && r.kind === "stream");
    if (!streamed) failures.push(`${where}: the MSW consumer printed nothing for POST ${stream.path}.`);
    else if (streamed.error) failures.push(`${where}: POST ${stream.path} failed: ${streamed.error}`);
    else if (streamed.status === undefined || streamed.status >= 300 || (streamed.frames ?? 0) === 0 || (streamed.events ?? 0) < stream.minEvents) {
      const expected = stream.minEvents > 0 ? `at least ${stream.minEvents} events` : "at least one frame";
      failures.push(`${where}: POST ${stream.path} answered ${streamed.status} with ${streamed.events} event(s) in ${streamed.frames} frame(s), expected a 2xx stream of ${expected}.`);
    }
  }
  return failures;
}

import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationTable } from "../../../packages/runtime/src/operations/operation-info.ts";
import { buildOperationTable, type ToolingOperation } from "../codegen/operation-table.ts";
import { SseLineParser } from "../../../packages/runtime/src/sse/sse-line-parser.ts";
import { stream } from "../../../packages/runtime/src/sse/stream.ts";
import { bundleSpec, writeBundle } from "../spec/bundle.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor } from "../workspace/vendors.ts";
import { canonicalPointer, deref, getAtPointer } from "../spec/json-pointer.ts";
import { formatIssues, pointerOf, SpecValidator } from "../validation/spec-validator.ts";
import { exampleRequest, mediaExample, type ExampleRequest } from "./example-request.ts";
import { startPrism, type PrismProcess } from "./prism-process.ts";

/** The slice of an openapi-fetch client the suite drives, whatever the vendor's `paths` type. */
type FetchMethod = (path: string, init: Record<string, unknown>) => Promise<{ response: Response; data?: unknown; error?: unknown }>;
/** Any vendor client (typed `paths` differ per vendor); the suite reaches its methods by name. */
export type UntypedClient = object;

export interface ContractOptions {
  /** The vendor package folder (`new URL("../..", import.meta.url)` from `test/contract/`). */
  readonly packageDir: URL;
  readonly operations: OperationTable;
  /** Make the vendor's real client pointed at the mock. */
  readonly createClient: (baseUrl: string) => UntypedClient | Promise<UntypedClient>;
}

/**
 * Contract suite: every operation in the generated table is called through the vendor's generated client
 * against Prism (with `--errors`) serving the bundled spec; each must return its documented success status and a
 * body that validates. The test list is the table, so an operation added to the spec is covered automatically.
 */
export function describeContract(options: ContractOptions): void {
  const packageDir = fileURLToPath(options.packageDir);
  const root = findRepoRoot(packageDir);
  const vendor = getVendor(packageDir.replace(/\/$/, "").split("/").pop() ?? "", root);
  // The test list is the package's table; what each call must answer comes from the spec itself.
  const ids = Object.keys(options.operations);

  describe(`${vendor.name}: every operation against the Prism mock`, () => {
    let prism: PrismProcess;
    let doc: Record<string, unknown>;
    let validator: SpecValidator;
    let client: UntypedClient;
    let specOps: Record<string, ToolingOperation>;

    beforeAll(async () => {
      doc = (await bundleSpec(vendor, root)).document;
      specOps = buildOperationTable(doc);
      writeBundle(vendor, doc);
      validator = new SpecValidator(doc);
      prism = await startPrism(vendor.bundledJson, packageDir);
      client = await options.createClient(prism.url);
    }, 60_000);

    afterAll(async () => {
      await prism?.stop();
    });

    it("covers at least one operation, and exactly the spec's operations", () => {
      expect(ids.length).toBeGreaterThan(0);
      expect([...ids].sort()).toEqual(Object.keys(specOps).sort());
    });

    for (const [operationId, entry] of Object.entries(options.operations)) {
      it(`${operationId}: ${entry.method.toUpperCase()} ${entry.path}`, async () => {
        const op = specOps[operationId];
        if (!op) throw new Error(`${operationId} is in the generated table but not in the spec: run pnpm generate.`);
        const req = exampleRequest(doc, pointerOf("paths", op.path), op);
        if (op.streaming) {
          await expectValidStream(op, req, client, validator);
          return;
        }
        const call = (client as Record<string, unknown>)[op.method.toUpperCase()] as FetchMethod | undefined;
        if (typeof call !== "function") throw new Error(`The client has no ${op.method.toUpperCase()} method.`);
        const init: Record<string, unknown> = { params: req.params, parseAs: parseAsFor(doc, op) };
        if (req.body !== undefined) {
          init.body = req.body;
          if (req.contentType === "multipart/form-data") init.bodySerializer = (body: unknown) => toFormData(body, binaryFields(doc, op));
          else if (req.contentType && req.contentType !== "application/json") init.headers = { "Content-Type": req.contentType };
        }
        const result = await call.call(client, op.path, init);
        const { response } = result;
        if (response.status !== op.successStatus) {
          throw new Error(`${op.operationId}: expected ${op.successStatus}, got ${response.status}: ${JSON.stringify(result.error ?? result.data)}\nPrism log tail:\n${prism.output().slice(-2000)}`);
        }
        const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
        if (result.data === undefined || contentType === "" || init.parseAs !== "json") return; // empty or not JSON
        const pointer = pointerOf("paths", op.path, op.method, "responses", String(op.successStatus), "content", contentType, "schema");
        const check = validator.validateAt(pointer, result.data);
        if (!check.ok) throw new Error(`${op.operationId}: response body does not validate\n${formatIssues(check.issues)}`);
      });
    }
  });
}

/**
 * A streaming operation is called through the runtime's `stream()`: each event it yields must validate
 * against the spec's event schema (the non-string branch of the `text/event-stream` schema), and it must yield at
 * least one, unless the wire example the mock serves has none (a vendor whose events are undocumented).
 */
export async function expectValidStream(op: ToolingOperation, req: ExampleRequest, client: UntypedClient, validator: SpecValidator): Promise<void> {
  const media = pointerOf("paths", op.path, op.method, "responses", String(op.successStatus), "content", "text/event-stream");
  const schema = `${media}/schema`;
  const eventSchema = getAtPointer(validator.document, `${schema}/anyOf/1`) ? `${schema}/anyOf/1` : schema;
  let count = 0;
  const events = stream(client as never, op.path as never, { params: req.params, ...(req.body === undefined ? {} : { body: req.body }) } as never);
  for await (const event of events) {
    const check = validator.validateAt(eventSchema, event);
    if (!check.ok) throw new Error(`${op.operationId}: event ${count} does not validate\n${formatIssues(check.issues)}`);
    count++;
  }
  if (count === 0 && exampleEventCount(validator.document, media) !== 0) {
    throw new Error(`${op.operationId}: the stream ended without yielding a single event.`);
  }
}

/** Events in the media type's wire example (what Prism serves); undefined when it shows no string example. */
function exampleEventCount(doc: Record<string, unknown>, mediaPointer: string): number | undefined {
  const media = deref(doc, getAtPointer(doc, canonicalPointer(doc, mediaPointer)));
  const example = media ? mediaExample(doc, media) : undefined;
  return typeof example === "string" ? new SseLineParser().push(example, true).length : undefined;
}

/** JSON bodies are parsed and validated; a binary or text success response is read as such. */
function parseAsFor(doc: Record<string, unknown>, op: ToolingOperation): "json" | "blob" {
  const content = getAtPointer(doc, canonicalPointer(doc, pointerOf("paths", op.path, op.method, "responses", String(op.successStatus), "content")));
  const types = Object.keys((content ?? {}) as object);
  return types.length === 0 || types.some((t) => /json/.test(t)) ? "json" : "blob";
}

/** Multipart fields the spec declares as binary (sent as files, not text). */
function binaryFields(doc: Record<string, unknown>, op: ToolingOperation): Set<string> {
  const schema = deref(doc, getAtPointer(doc, canonicalPointer(doc, pointerOf("paths", op.path, op.method, "requestBody", "content", "multipart/form-data", "schema"))));
  const props = (schema?.properties ?? {}) as Record<string, unknown>;
  return new Set(Object.entries(props).filter(([, p]) => deref(doc, p)?.format === "binary").map(([name]) => name));
}

function toFormData(body: unknown, binary: ReadonlySet<string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (value === undefined) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (binary.has(key)) form.append(key, new Blob([text], { type: "application/octet-stream" }), `${key}.bin`);
    else form.append(key, text);
  }
  return form;
}

import { describe, expect, it } from "vitest";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { buildOperationTable, documentsSuccess, runtimeOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { exampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { expectValidCall } from "../../src/contract/expect-valid-call.ts";
import { pointerOf, SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { contractSpec } from "./contract-spec.ts";

const ops = buildOperationTable(contractSpec);
const validator = new SpecValidator(contractSpec);

/** Run the contract's call check for `operationId` against a server that answers every request with `answer()`. */
async function checkCall(operationId: string, answer: () => Response, diagnostics?: () => string): Promise<void> {
  const op = ops[operationId]!;
  if (!documentsSuccess(op)) throw new Error(`${operationId} documents no success`);
  const operations = Object.fromEntries(Object.entries(ops).map(([id, o]) => [id, runtimeOperation(o, [])]));
  const client = createVendorClient(
    { spec: buildSpecInfo(contractSpec), operationTable: operations, packageName: "@vendor-sdks/kinds", packageVersion: "0.0.0" },
    { fetch: async () => answer(), retries: 0 },
  );
  await expectValidCall(op, exampleRequest(contractSpec, pointerOf("paths", op.path), op), client, validator, diagnostics);
}

const json = (body: string, headers: Record<string, string> = {}) => () => new Response(body, { headers: { "content-type": "application/json", ...headers } });

describe("expectValidCall", () => {
  it("passes a documented status whose JSON body validates", async () => {
    await expect(checkCall("getThing", json('{"id":"t1"}'))).resolves.toBeUndefined();
  });

  it("fails a declared JSON body that comes back empty, naming the operation and status", async () => {
    await expect(checkCall("getThing", json(""))).rejects.toThrow("getThing: 200 declares a body (application/json), but the response body is empty.");
  });

  it("fails a declared JSON body that comes back empty with Content-Length: 0", async () => {
    await expect(checkCall("getThing", json("", { "content-length": "0" }))).rejects.toThrow("getThing: 200 declares a body (application/json), but the response body is empty.");
  });

  it("fails a JSON body that is not JSON", async () => {
    await expect(checkCall("getThing", json("not json"))).rejects.toThrow('getThing: 200 application/json body is not JSON');
  });

  it("reads a text body as text and a binary body as bytes", async () => {
    await expect(checkCall("getNote", () => new Response("note: hi", { headers: { "content-type": "text/plain" } }))).resolves.toBeUndefined();
    await expect(checkCall("getNote", () => new Response("hi", { headers: { "content-type": "text/plain" } }))).rejects.toThrow("getNote: 200 text/plain body does not validate");
    await expect(checkCall("getFile", () => new Response(new Uint8Array([0x89, 0x50]), { headers: { "content-type": "image/png" } }))).resolves.toBeUndefined();
  });

  it("passes a 204 that declares no content", async () => {
    await expect(checkCall("deleteThing", () => new Response(null, { status: 204 }))).resolves.toBeUndefined();
  });

  it("fails an undocumented status, showing the answer and the diagnostics", async () => {
    const call = checkCall("getThing", () => new Response('{"error":"nope"}', { status: 404, headers: { "content-type": "application/json" } }), () => "mock log: 404 GET /things/t1");
    await expect(call).rejects.toThrow('getThing: expected 200, got 404: {"error":"nope"}\nmock log: 404 GET /things/t1');
  });

  it("fails another success status than the documented one", async () => {
    await expect(checkCall("getThing", () => new Response('{"id":"t1"}', { status: 202, headers: { "content-type": "application/json" } }))).rejects.toThrow(
      'getThing: expected 200, got 202: "{\\"id\\":\\"t1\\"}"',
    );
  });
});

import { describe, expect, it } from "vitest";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { compareResponse } from "../../src/verify/compare-response.ts";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";

const doc = {
  openapi: "3.1.0",
  info: { title: "Media", version: "1" },
  servers: [{ url: "https://api.media.test" }],
  paths: {
    "/image": { get: { operationId: "getImage", responses: { "200": { content: { "*/*": { schema: { type: "string", format: "binary" } } } } } } },
    "/doc": { get: { operationId: "getDoc", responses: { "200": { content: { "text/*": { schema: { type: "string" } } } } } } },
    "/json": { get: { operationId: "getJson", responses: { "200": { content: { "application/json": { schema: { type: "object" } } } } } } },
  },
};
const ops = buildOperationTable(doc);
const compare = (id: string, contentType: string, body: unknown = "") => compareResponse(doc, new SpecValidator(doc), ops[id]!, `/${id}`, 200, contentType, body);

describe("compareResponse", () => {
  it("accepts a content type that falls under a declared media range", () => {
    expect(compare("getImage", "image/png")).toEqual([]);
    expect(compare("getDoc", "text/markdown")).toEqual([]);
  });

  it("reports a content type the spec does not declare", () => {
    expect(compare("getJson", "text/html")).toMatchObject([{ kind: "content-type", expected: "application/json", actual: "text/html" }]);
    expect(compare("getDoc", "image/png")).toMatchObject([{ kind: "content-type", expected: "text/*", actual: "image/png" }]);
  });
});

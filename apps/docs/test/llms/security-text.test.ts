import { describe, expect, it } from "vitest";
import { operationSecurity, schemeText } from "../../src/llms/security-text.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";

const doc = {
  security: [{ bearer: [] }],
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "From `POST /auth`." },
      key: { type: "apiKey", in: "header", name: "X-API-KEY" },
      token: { type: "apiKey", in: "query", name: "token" },
    },
  },
} as unknown as OpenApiDocument;

describe("security text", () => {
  it("says how each scheme sends its credential", () => {
    expect(schemeText(doc, "bearer")).toBe("`bearer`: HTTP bearer token: `Authorization: Bearer <token>` (JWT). From `POST /auth`.");
    expect(schemeText(doc, "key")).toBe("`key`: API key in the header `X-API-KEY`");
    expect(schemeText(doc, "token")).toBe("`token`: API key in the query parameter `token`");
  });

  it("uses the operation's requirements over the spec's, one line per alternative", () => {
    expect(operationSecurity(doc, {})).toEqual([`- ${schemeText(doc, "bearer")}`]);
    expect(operationSecurity(doc, { security: [{ key: [] }, { token: [] }] })).toEqual([`- ${schemeText(doc, "key")}`, `- ${schemeText(doc, "token")}`]);
    expect(operationSecurity(doc, { security: [] })).toEqual(["- None: this operation needs no credentials."]);
  });
});

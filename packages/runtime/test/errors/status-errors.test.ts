import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type ApiErrorInit,
} from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, operationTable, spec, type paths } from "../support/fixture-api.js";
import { definition } from "../support/make-client.js";
import { json, useTestServer } from "../support/test-server.js";

const serve = useTestServer();

function apiError(status: number): ApiError {
  const init: ApiErrorInit = {
    status,
    body: undefined,
    message: "m",
    code: undefined,
    headers: new Headers(),
    requestId: undefined,
    rateLimit: undefined,
    operationId: undefined,
    method: "GET",
    url: "https://api.example.test/v1/x",
  };
  return new ApiError(init);
}

const statusClasses = [
  [BadRequestError, [400]],
  [AuthenticationError, [401]],
  [PermissionDeniedError, [403]],
  [NotFoundError, [404]],
  [ConflictError, [409]],
  [UnprocessableEntityError, [422]],
  [RateLimitError, [429]],
  [InternalServerError, [500, 502, 503, 599]],
] as const;

describe("status error classes", () => {
  for (const [StatusClass, statuses] of statusClasses) {
    it(`${StatusClass.name} recognises an ApiError of status ${statuses.join(", ")} and no other`, () => {
      for (const status of [400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503, 599, 600]) {
        expect(apiError(status) instanceof StatusClass, `status ${status}`).toBe((statuses as readonly number[]).includes(status));
      }
      expect(new Error("x") instanceof StatusClass).toBe(false);
      expect(Object.create(null) instanceof StatusClass).toBe(false);
    });
  }

  it("a 404 from a client is instanceof NotFoundError, ApiError and the vendor's own error class", async () => {
    class FixtureApiError extends ApiError {}
    const s = await serve((_req, res) => json(res, 404, { success: false, error: "Thing not found" }));
    const client = createVendorClient<paths, typeof operationTable, typeof spec>({ ...definition, createError: (init: ApiErrorInit) => new FixtureApiError(init) }, { apiKey: API_KEY, baseUrl: s.url });
    const error = await client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(FixtureApiError);
    expect(error).not.toBeInstanceOf(ConflictError);
    expect((error as FixtureApiError).name).toBe("FixtureApiError");
  });

  it("narrows an unknown error to ApiError in TypeScript", () => {
    const error: unknown = apiError(429);
    if (!(error instanceof RateLimitError)) throw new Error("expected a RateLimitError");
    const status: number = error.status; // compiles only when `instanceof` narrowed `error` to ApiError
    expect(status).toBe(429);
  });
});

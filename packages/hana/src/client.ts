import { createVendorClient, type VendorClient, type VendorClientOptions } from "@vendor-sdks/runtime";
import { complete, type ChatCompletionRequest, type CompleteOptions, type CompletionCalls } from "./complete.js";
import { createHanaError } from "./errors.js";
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";

export interface HanaClientOptions extends VendorClientOptions {
  /**
   * The key from the dashboard's "Hana API" connector, with or without its `HANA-` prefix (it is added when
   * missing). Defaults to the `HANA_API_KEY` environment variable where there is one.
   */
  apiKey?: string;
}

export type HanaClient = VendorClient<paths, typeof operations, typeof specInfo> & {
  /**
   * Create a chat completion and wait for its answer (`POST /chat/completion`, then `GET /chat/statuses` with
   * backoff). Resolves to `completionResponse`; throws `CompletionFailedError` on `ERROR` (or `COMPLETED` without a
   * response), `CompletionTimeoutError` after `timeoutMs`, and `AbortError` when `signal` aborts.
   */
  complete(body: ChatCompletionRequest, options?: CompleteOptions): Promise<string>;
};

/**
 * A typed client for the Hana API: openapi-fetch's `GET`/`POST`/`DELETE` plus `unwrap` (returns `content`),
 * `paginate`/`pages` over every list endpoint, and `complete()` for the asynchronous chat completion.
 */
export function createHanaClient(options: HanaClientOptions = {}): HanaClient {
  const client = createVendorClient<paths, typeof operations, typeof specInfo>(
    {
      spec: specInfo,
      operations,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: createHanaError,
    },
    options,
  );
  const calls: CompletionCalls = {
    create: (body, signal) => client.unwrap(client.POST("/chat/completion", { body, signal })),
    statuses: async (messageId, signal) =>
      (await client.unwrap(client.GET("/chat/statuses", { params: { query: { messageId } }, signal }))).data,
  };
  return Object.assign(client, { complete: (body: ChatCompletionRequest, opts?: CompleteOptions) => complete(calls, body, opts) });
}

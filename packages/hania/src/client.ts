import type { VendorClient, VendorClientOptions } from "@vendor-sdks/runtime";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { HaniaApiError } from "./errors.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";

export type HaniaClientOptions = VendorClientOptions;

/** The Hania client: openapi-fetch's typed `GET`/`POST`/… plus `unwrap` and `rateLimit`; pass it to `paginate`, `pages`, `stream`. */
export type HaniaClient = VendorClient<paths, typeof operationTable, typeof specInfo>;

/**
 * Creates a Hania API client. The API key defaults to the `HANIA_API_KEY` environment variable where there is a
 * `process` (Node, Bun, Deno); elsewhere pass `apiKey`.
 */
export function createHaniaClient(options: HaniaClientOptions = {}): HaniaClient {
  return createVendorClient<paths, typeof operationTable, typeof specInfo>(
    {
      spec: specInfo,
      operationTable,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: (init) => new HaniaApiError(init),
    },
    options,
  );
}

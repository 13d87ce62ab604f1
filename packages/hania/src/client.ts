import { createVendorClient, type VendorClient, type VendorClientOptions } from "@vendor-sdks/runtime";
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";
import { HaniaApiError } from "./errors.js";

export type HaniaClientOptions = VendorClientOptions;

/** The Hania client: openapi-fetch's typed `GET`/`POST`/… plus `unwrap` and `rateLimit`; pass it to `paginate`, `pages`, `stream`. */
export type HaniaClient = VendorClient<paths, typeof operations, typeof specInfo>;

/**
 * Creates a Hania API client. The API key defaults to the `HANIA_API_KEY` environment variable where there is a
 * `process` (Node, Bun, Deno); elsewhere pass `apiKey`.
 */
export function createHaniaClient(options: HaniaClientOptions = {}): HaniaClient {
  return createVendorClient<paths, typeof operations, typeof specInfo>(
    {
      spec: specInfo,
      operations,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: (init) => new HaniaApiError(init),
    },
    options,
  );
}

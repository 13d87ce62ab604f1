import type { VendorClient, VendorClientOptions } from "@vendor-sdks/runtime";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";
import { createHyponemaError } from "./quota/quota-exceeded-error.js";

export interface HyponemaClientOptions extends VendorClientOptions {
  /** A workspace API key (`hyp_…`), server-side only. Defaults to the `HYPONEMA_API_KEY` environment variable. */
  apiKey?: string;
}

/**
 * The Hyponema client: openapi-fetch's typed `GET`/`POST`/… plus `unwrap` and `rateLimit`; pass it to `paginate`,
 * `pages`, `stream` and Hyponema's own `chat()`, `chatReply()` and `createBrowserSession()`.
 */
export type HyponemaClient = VendorClient<paths, typeof operationTable, typeof specInfo>;

/** Creates a Hyponema API client. 402 responses throw `QuotaExceededError`. */
export function createHyponemaClient(options: HyponemaClientOptions = {}): HyponemaClient {
  return createVendorClient<paths, typeof operationTable, typeof specInfo>(
    {
      spec: specInfo,
      operationTable,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: createHyponemaError,
    },
    options,
  );
}

import type { VendorClient, VendorClientOptions } from "@vendor-sdks/runtime";
import { createVendorClient } from "@vendor-sdks/runtime/internal";
import { createHanaError } from "./errors.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";

export interface HanaClientOptions extends VendorClientOptions {
  /**
   * The key from the dashboard's "Hana API" connector, with or without its `HANA-` prefix (it is added when
   * missing). Defaults to the `HANA_API_KEY` environment variable where there is one.
   */
  apiKey?: string;
}

/**
 * The Hana client: openapi-fetch's typed `GET`/`POST`/`DELETE` plus `unwrap` (returns `content`) and `rateLimit`;
 * pass it to `paginate`, `pages`, `stream` and Hana's own `complete()`.
 */
export type HanaClient = VendorClient<paths, typeof operationTable, typeof specInfo>;

/** Creates a Hana API client. The key defaults to the `HANA_API_KEY` environment variable where there is one. */
export function createHanaClient(options: HanaClientOptions = {}): HanaClient {
  return createVendorClient<paths, typeof operationTable, typeof specInfo>(
    {
      spec: specInfo,
      operationTable,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: createHanaError,
    },
    options,
  );
}

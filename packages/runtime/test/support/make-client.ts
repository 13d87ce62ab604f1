import { type VendorClientOptions } from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, operationTable, spec, type paths } from "./fixture-api.js";

/** The fixture vendor as a vendor package would define it. */
export const definition = { spec, operationTable, packageName: "@vendor-sdks/fixture", packageVersion: "9.9.9" } as const;

/** A fixture client against a local server, with fast retry delays unless a test overrides them. */
export function makeClient(baseUrl: string, options: VendorClientOptions = {}) {
  return createVendorClient<paths, typeof operationTable, typeof spec>(definition, {
    apiKey: API_KEY,
    baseUrl,
    retries: { initialDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
}

import { createVendorClient, type VendorClientOptions } from "../../src/index.js";
import { API_KEY, operations, spec, type paths } from "./fixture-api.js";

/** A fixture client against a local server, with fast retry delays unless a test overrides them. */
export function makeClient(baseUrl: string, options: VendorClientOptions = {}) {
  return createVendorClient<paths, typeof operations, typeof spec>(
    { spec, operations, packageName: "@vendor-sdks/fixture", packageVersion: "9.9.9" },
    { apiKey: API_KEY, baseUrl, retries: { initialDelayMs: 5, maxDelayMs: 20 }, ...options },
  );
}

import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import type { OpenApiDocument } from "./openapi-types.ts";
import { listOperations } from "./operations.ts";
import { serverUrl } from "./server-url.ts";

/** What the index page shows about one vendor, all read from its bundled spec. */
export interface SpecSummary {
  readonly vendor: string;
  readonly title: string;
  readonly description: string;
  readonly version: string;
  readonly baseUrl: string;
  readonly operationCount: number;
  readonly clientPackage: string;
}

export function summarizeSpec(vendor: Vendor, doc: OpenApiDocument): SpecSummary {
  return {
    vendor: vendor.name,
    title: doc.info?.title ?? vendor.name,
    description: doc.info?.description ?? "",
    version: doc.info?.version ?? "",
    baseUrl: serverUrl(doc),
    operationCount: listOperations(doc).length,
    clientPackage: vendor.clientPackage,
  };
}

import { credentialOf } from "@vendor-sdks/spec-kit/workspace/client-naming";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import type { OpenApiDocument } from "../spec/openapi-types.ts";
import { listOperations } from "../spec/operations.ts";
import { serverUrl } from "../spec/server-url.ts";
import { curlSample } from "./curl-sample.ts";
import { exampleRequest } from "./example-request.ts";
import { typescriptSample } from "./typescript-sample.ts";

export interface CodeSample {
  readonly lang: string;
  readonly label: string;
  readonly source: string;
}

export interface OperationSamples {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly samples: readonly CodeSample[];
}

/** TypeScript and curl samples for every operation of a spec, built from its own examples. */
export function buildCodeSamples(vendor: Vendor, doc: OpenApiDocument): OperationSamples[] {
  const baseUrl = serverUrl(doc);
  // one credential per spec: both samples of every operation read the same env variable
  const credential = credentialOf(vendor.name, doc as unknown as Record<string, unknown>);
  return listOperations(doc).map((entry) => {
    const request = exampleRequest(doc, entry);
    return {
      operationId: entry.operation.operationId ?? `${entry.method} ${entry.path}`,
      method: entry.method,
      path: entry.path,
      samples: [
        { lang: "TypeScript", label: "TypeScript", source: typescriptSample(vendor.name, vendor.clientPackage, credential, request) },
        { lang: "Shell", label: "curl", source: curlSample(doc, entry.operation, credential, baseUrl, request) },
      ],
    };
  });
}

/**
 * A copy of the spec with `x-codeSamples` on every operation (`samples` as `buildCodeSamples` made them for it).
 * The bundled spec is never modified: samples are a docs-site concern (see specs/EXTENSIONS.md) and downloads
 * must equal the bundle.
 */
export function withCodeSamples(doc: OpenApiDocument, samples: readonly OperationSamples[]): OpenApiDocument {
  const copy = structuredClone(doc);
  const entries = listOperations(copy);
  if (entries.length !== samples.length) throw new Error(`${samples.length} sets of code samples for ${entries.length} operations: build them from this spec.`);
  entries.forEach((entry, index) => {
    entry.operation["x-codeSamples"] = samples[index]!.samples;
  });
  return copy;
}

import { loadPrism, prismRequire } from "./load-prism.js";

let configured = false;

/**
 * Prism's data generator (json-schema-faker, a process-wide singleton) adds random properties a spec never
 * mentions unless `fillProperties` is off; dynamic bodies must match the spec. The instance is the one prism-http
 * itself loads, resolved from prism-http's own folder so a second copy can never be configured instead.
 */
export function configureFaker(): void {
  if (configured) return;
  // loading prism-http resets the generator's options to Prism's defaults, so it must happen first
  loadPrism();
  const { JSONSchemaFaker } = prismRequire("json-schema-faker") as { JSONSchemaFaker: { option(name: string, value: unknown): void } };
  JSONSchemaFaker.option("fillProperties", false);
  configured = true;
}

/** `hania` → `Hania`, `my-vendor` → `MyVendor`: how the client packages name their factory. */
export function pascalCase(vendor: string): string {
  return vendor
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");
}

/** `createHaniaClient`: the factory every `@vendor-sdks/<vendor>` package exports. */
export function clientFactoryName(vendor: string): string {
  return `create${pascalCase(vendor)}Client`;
}

/** A JS identifier for the client variable: `hania`, `myVendor`. */
export function clientVariableName(vendor: string): string {
  const pascal = pascalCase(vendor);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** The environment variable samples read the key from: `HANIA_API_KEY`. */
export function apiKeyEnvVar(vendor: string): string {
  return `${vendor.replace(/[^a-zA-Z0-9]+/g, "_").toUpperCase()}_API_KEY`;
}

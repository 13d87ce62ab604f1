import { apiKeyEnvVar } from "@vendor-sdks/runtime/internal";
import { firstTokenExchange } from "../spec/token-exchange.ts";

/** How a vendor's client package names things, derived from the vendor name and its spec (never listed by hand). */

type Json = Record<string, unknown>;

/** `hania` → `Hania`, `acme-ai` → `AcmeAi`. */
export function pascalCase(vendor: string): string {
  return vendor
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

/** `createHaniaClient`: the factory every `@vendor-sdks/<vendor>` package exports. */
export function clientFactoryName(vendor: string): string {
  return `create${pascalCase(vendor)}Client`;
}

/** A JS identifier for a client variable: `hania`, `acmeAi`. */
export function clientVariableName(vendor: string): string {
  const pascal = pascalCase(vendor);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** `acme-ai` → `ACME_AI`: the prefix of the vendor's environment variables. */
export function envStem(vendor: string): string {
  return vendor.replace(/[^a-zA-Z0-9]+/g, "_").toUpperCase();
}

export interface Credential {
  /** The client factory's option that takes the secret: `apiKey`, or the token exchange's `secretField`. */
  readonly option: string;
  /** Where samples and `pnpm verify` read the secret from, e.g. `HANIA_API_KEY`, `HAPI_ACCESS_TOKEN`. */
  readonly envVar: string;
  /** The env variable holding the request token itself when the spec exchanges the secret for one (curl). */
  readonly tokenEnvVar?: string;
}

/** The long-lived secret a vendor's client takes, from the spec's security schemes (`x-token-exchange`). */
export function credentialOf(vendor: string, doc: Json): Credential {
  const exchange = firstTokenExchange(doc);
  // The variable the runtime itself reads when no key is passed (packages are `@vendor-sdks/<vendor>`).
  if (!exchange) return { option: "apiKey", envVar: apiKeyEnvVar(vendor) };
  const field = exchange.secretField;
  return { option: field, envVar: `${envStem(vendor)}_${field.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`, tokenEnvVar: `${envStem(vendor)}_TOKEN` };
}

import type { components } from "./generated/schema.js";

type Schemas = components["schemas"];

/** Validation details some 400s carry: a list of issues, or `{formErrors, fieldErrors}`. */
export type ValidationIssues = Schemas["ValidationIssues"];

/**
 * Every error body the hub sends, told apart by `kind` (the hub itself uses several envelopes and plain text).
 * - `error`: the usual `{error, code?, issues?}`.
 * - `rpc-failure`: `{success: false, error, code?}` from RPC, catalog and upload routes.
 * - `voice-denied`: `{allowed: false, error}`; `telemetry-rejected`: `{ok: false, error}`.
 * - `export-too-large`, `reopen-incomplete`, `rewind-failure`, `migration-refused`: route-specific bodies.
 * - `text`: a non-JSON body, e.g. Hono's `404 Not Found` or `Internal Server Error`.
 * - `unknown`: anything else (kept as received).
 */
export type HapiErrorBody =
  | { readonly kind: "error"; readonly error: string; readonly code?: string; readonly issues?: ValidationIssues }
  | { readonly kind: "rpc-failure"; readonly error: string; readonly code?: string }
  | { readonly kind: "voice-denied"; readonly error: string }
  | { readonly kind: "telemetry-rejected"; readonly error: string }
  | ({ readonly kind: "export-too-large" } & Schemas["ExportTooLarge"])
  | ({ readonly kind: "reopen-incomplete" } & Schemas["ReopenIncomplete"])
  | ({ readonly kind: "rewind-failure" } & Schemas["RewindFailure"])
  | ({ readonly kind: "migration-refused" } & Schemas["MigrateToAcpResult"])
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "unknown"; readonly body: unknown };

type Json = Record<string, unknown>;
const isString = (v: unknown): v is string => typeof v === "string";

/** Sorts a parsed error body (JSON object, text, or nothing) into one of the hub's error shapes. */
export function classifyErrorBody(body: unknown): HapiErrorBody {
  if (isString(body)) return { kind: "text", text: body };
  if (!body || typeof body !== "object" || Array.isArray(body)) return { kind: "unknown", body };
  const b = body as Json;
  const error = b.error;
  const code = isString(b.code) ? { code: b.code } : {};
  if (b.type === "too-large" && isString(error)) return { kind: "export-too-large", ...(b as Schemas["ExportTooLarge"]) };
  if (b.ok === false && isString(b.reason) && isString(b.sessionId)) return { kind: "migration-refused", ...(b as Schemas["MigrateToAcpResult"]) };
  if (!isString(error)) return { kind: "unknown", body };
  if (b.allowed === false) return { kind: "voice-denied", error };
  if (b.ok === false) return { kind: "telemetry-rejected", error };
  if (b.success === false) return { kind: "rpc-failure", error, ...code };
  if (Array.isArray(b.missing)) return { kind: "reopen-incomplete", error, missing: b.missing.filter(isString) };
  if (typeof b.hydrateFailed === "boolean") return { kind: "rewind-failure", error, hydrateFailed: b.hydrateFailed };
  const issues = readIssues(b.issues);
  return { kind: "error", error, ...code, ...(issues ? { issues } : {}) };
}

function readIssues(value: unknown): ValidationIssues | undefined {
  if (Array.isArray(value)) return value.filter((i): i is Json => !!i && typeof i === "object");
  if (!value || typeof value !== "object") return undefined;
  const { formErrors, fieldErrors } = value as Json;
  if (!Array.isArray(formErrors) || !fieldErrors || typeof fieldErrors !== "object") return undefined;
  return { formErrors: formErrors.filter(isString), fieldErrors: fieldErrors as Record<string, string[]> };
}

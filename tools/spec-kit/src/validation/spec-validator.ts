import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

import { canonicalPointer } from "../spec/json-pointer.ts";
import { findPatternProblems, withoutPatterns, type PatternProblem } from "./schema-patterns.ts";

export { getAtPointer, pointerOf } from "../spec/json-pointer.ts";

export interface ValidationIssue {
  /** JSON pointer into the validated value. */
  readonly instancePath: string;
  /** Where in the spec the failing keyword sits. */
  readonly schemaPath: string;
  readonly message: string;
}

export type ValidationResult = { readonly ok: true } | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const SPEC_ID = "https://vendor-sdks.invalid/openapi.json";

/**
 * Validates values against schemas inside a bundled OpenAPI 3.1 document (JSON Schema 2020-12). `format` is an
 * annotation only: vendors' own examples use placeholder ids that are not real UUIDs.
 */
export class SpecValidator {
  readonly #ajv: Ajv2020;
  readonly #cache = new Map<string, ValidateFunction>();
  /** Patterns in the document that no RegExp compiles: skipped by validation, each named by its pointer. */
  readonly patternProblems: readonly PatternProblem[];

  constructor(readonly document: Record<string, unknown>) {
    this.patternProblems = findPatternProblems(document);
    // unicodeRegExp: false compiles patterns as OpenAPI means them (ECMA-262 without the `u` flag, which rejects
    // legal escapes such as `\-`); a pattern that compiles in no way is left out and listed in patternProblems.
    this.#ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, discriminator: false, unicodeRegExp: false });
    // OpenAPI keywords that are not JSON Schema are ignored by strict:false; the spec is registered whole so
    // that `#/components/...` refs resolve exactly as in the spec.
    this.#ajv.addSchema(withoutPatterns(document, this.patternProblems), SPEC_ID);
  }

  /** Validate `value` against the schema at `pointer` (e.g. `/paths/~1bots/get/responses/200/content/application~1json/schema`). */
  validateAt(pointer: string, value: unknown): ValidationResult {
    let fn = this.#cache.get(pointer);
    if (!fn) {
      fn = this.#ajv.compile({ $ref: `${SPEC_ID}#${encodeURI(canonicalPointer(this.document, pointer))}` });
      this.#cache.set(pointer, fn);
    }
    if (fn(value)) return { ok: true };
    return { ok: false, issues: (fn.errors ?? []).map(toIssue) };
  }
}

function toIssue(e: ErrorObject): ValidationIssue {
  const detail = e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : "";
  return {
    instancePath: e.instancePath || "/",
    schemaPath: decodeURI(e.schemaPath.replace(SPEC_ID, "")),
    message: `${e.message ?? "invalid"}${detail}`,
  };
}

export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `  at ${i.instancePath}: ${i.message} (schema ${i.schemaPath})`).join("\n");
}


import type { ApiErrorInit } from "@vendor-sdks/runtime";
import { HyponemaApiError } from "../errors.js";

/**
 * 402 Payment Required: a plan limit was hit. Hyponema documents codes such as `quota-exceeded-kb-storage`,
 * `quota-exceeded-kb-upload-size` and `quota-exceeded-agents` but not which body field carries them, so
 * `quotaCode` is found by looking for a `quota-exceeded-…` string anywhere in the body.
 */
export class QuotaExceededError extends HyponemaApiError {
  /** The `quota-exceeded-…` code found in the body, if any. */
  readonly quotaCode: string | undefined;

  constructor(init: ApiErrorInit) {
    const quotaCode = findQuotaCode(init.body);
    super({ ...init, code: init.code ?? quotaCode });
    this.quotaCode = quotaCode;
  }
}

const QUOTA_CODE = /^quota-exceeded-[a-z0-9-]+$/;
const MAX_DEPTH = 4;

/** The first `quota-exceeded-…` string in a parsed body (searched breadth-first, a few levels deep). */
export function findQuotaCode(body: unknown): string | undefined {
  let level: unknown[] = [body];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (typeof value === "string") {
        if (QUOTA_CODE.test(value)) return value;
      } else if (value !== null && typeof value === "object") {
        next.push(...Object.values(value));
      }
    }
    level = next;
  }
  return undefined;
}

/** The client's error factory: 402 becomes `QuotaExceededError`, everything else a `HyponemaApiError`. */
export function createHyponemaError(init: ApiErrorInit): HyponemaApiError {
  return init.status === 402 ? new QuotaExceededError(init) : new HyponemaApiError(init);
}

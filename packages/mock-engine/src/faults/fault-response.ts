import { responseKey } from "@vendor-sdks/spec-kit/operations/response-key";
import type { Exchange } from "../engine/capabilities.js";
import type { MockResponse } from "../engine/exchange.js";
import type { PrismResponder } from "../engine/prism-responder.js";
import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import type { PlannedFault } from "./fault-plan.js";

// the Retry-After a planned fault sends when the spec documents the header but the plan names no value
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/**
 * The answer of a call a planned fault fails: the operation's documented response for that status when there is
 * one (the vendor's own error body and headers), else the status in the vendor's error shape. `Retry-After` is
 * sent when the plan gives seconds or the spec documents the header for that response.
 */
export async function faultResponse(fault: PlannedFault, exchange: Exchange, prism: PrismResponder, document: Record<string, unknown>): Promise<MockResponse> {
  const documented = resolveLocalRef(document, documentedResponse(exchange, fault.status));
  const message = `Planned fault: this call fails with ${fault.status} (${fault.remaining} more planned for this credential).`;
  let answer = prism.errorResponse(fault.status, message);
  if (documented !== undefined) {
    const prismAnswer = await prism.answer(exchange.request, { code: fault.status });
    if (prismAnswer.status === fault.status) answer = prismAnswer;
  }
  const seconds = fault.retryAfterSeconds ?? (documented !== undefined && documentsRetryAfter(documented) ? DEFAULT_RETRY_AFTER_SECONDS : undefined);
  return seconds === undefined ? answer : { ...answer, headers: { ...answer.headers, "retry-after": String(seconds) } };
}

/** The operation's response object for `status` (exact code, then its `4XX`/`5XX` range; `default` is no documentation of it), `$ref` unresolved. */
function documentedResponse(exchange: Exchange, status: number): unknown {
  const responses = exchange.route && isObject(exchange.route.operation.responses) ? exchange.route.operation.responses : {};
  const key = responseKey(responses, status);
  return key === undefined || key === "default" ? undefined : responses[key];
}

function documentsRetryAfter(response: unknown): boolean {
  const headers = isObject(response) && isObject(response.headers) ? response.headers : {};
  return Object.keys(headers).some((name) => name.toLowerCase() === "retry-after");
}

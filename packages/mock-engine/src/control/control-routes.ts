import type { StateCapability, WebhookCapability } from "../engine/capabilities.js";
import type { MockRequest, MockResponse } from "../engine/exchange.js";
import type { FaultPlan, PlannedFault } from "../faults/fault-plan.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

/** The mock's own routes, beside the vendor's: they control the mock for the calling credential. */
export const CONTROL_PREFIX = "/__mock/";

export const CONTROL_ROUTES = [
  "POST /__mock/reset: forget the calling credential's writes and planned faults",
  "POST /__mock/faults {status, count?, retryAfter?, operationId?}: fail the next `count` calls with `status`",
  "GET /__mock/faults: the faults still planned",
  "POST /__mock/trigger/<event>: deliver a documented webhook event to the endpoints registered through the mock",
] as const;

export interface ControlContext {
  readonly credential: string;
  readonly faults: FaultPlan;
  readonly state: StateCapability | undefined;
  readonly webhooks: WebhookCapability | undefined;
  /** Every operationId of the spec, so a fault plan naming an unknown one is refused instead of never firing. */
  readonly operationIds: ReadonlySet<string>;
  errorResponse(status: number, message: string, headers?: Record<string, string>): MockResponse;
}

export function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX);
}

export async function handleControl(request: MockRequest, context: ControlContext): Promise<MockResponse> {
  const method = request.method.toUpperCase();
  const route = request.path.slice(CONTROL_PREFIX.length);
  const { faults, credential } = context;
  if (route === "reset" && method === "POST") {
    context.state?.reset(credential);
    faults.reset(credential);
    return { status: 204, headers: {}, body: undefined };
  }
  if (route === "faults" && method === "GET") return json(200, { faults: faults.pending(credential) });
  if (route === "faults" && method === "POST") {
    const fault = readFault(request.body, context.operationIds);
    if (typeof fault === "string") return context.errorResponse(400, `Invalid fault plan: ${fault}`);
    faults.plan(credential, fault);
    return json(201, { planned: fault, pending: faults.pending(credential).length });
  }
  if (route.startsWith("trigger/") && method === "POST") {
    const event = decodeURIComponent(route.slice("trigger/".length));
    if (!context.webhooks || context.webhooks.events.length === 0) return context.errorResponse(404, "This vendor's spec documents no webhooks.");
    if (!context.webhooks.events.includes(event)) {
      return context.errorResponse(404, `Unknown webhook event "${event}"; the spec documents: ${context.webhooks.events.join(", ")}.`);
    }
    return context.webhooks.trigger(credential, event, request);
  }
  return context.errorResponse(404, `No mock control route ${method} ${request.path}. Routes: ${CONTROL_ROUTES.join("; ")}.`);
}

/** A fault plan from the request body, or what is wrong with it. */
function readFault(body: unknown, operationIds: ReadonlySet<string>): PlannedFault | string {
  if (!isObject(body)) return 'send a JSON object, e.g. {"status": 503, "count": 2}.';
  const { status, count = 1, retryAfter, operationId } = body;
  if (typeof status !== "number" || !Number.isInteger(status) || status < 400 || status > 599) return `"status" must be an HTTP error status (400–599), got ${JSON.stringify(status)}.`;
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1) return `"count" must be a whole number ≥ 1, got ${JSON.stringify(count)}.`;
  if (retryAfter !== undefined && (typeof retryAfter !== "number" || !Number.isInteger(retryAfter) || retryAfter < 0)) return `"retryAfter" must be whole seconds ≥ 0, got ${JSON.stringify(retryAfter)}.`;
  if (operationId !== undefined && typeof operationId !== "string") return `"operationId" must be a string, got ${JSON.stringify(operationId)}.`;
  if (typeof operationId === "string" && !operationIds.has(operationId)) return `"operationId" ${JSON.stringify(operationId)} is not an operation of this spec.`;
  return { status, remaining: count, retryAfterSeconds: retryAfter, operationId };
}

function json(status: number, value: unknown): MockResponse {
  return { status, headers: { "content-type": "application/json" }, body: JSON.stringify(value) };
}

import { exampleRequest, type ExampleRequest } from "../contract/example-request.ts";
import { deref, pointerOf } from "../spec/json-pointer.ts";
import { clientFactoryName, credentialOf } from "../workspace/client-naming.ts";

type Json = Record<string, unknown>;

/** One call a consumer makes through a vendor's client: everything comes from the vendor's published spec. */
export interface CallPlan {
  readonly vendor: string;
  readonly clientPackage: string;
  /** `createHaniaClient`. */
  readonly factory: string;
  /** The factory option that takes the secret (`apiKey`, or `accessToken` for a token exchange). */
  readonly credentialOption: string;
  readonly operationId: string;
  readonly path: string;
  /** Only the parameter groups the call needs: the types forbid a group an operation does not have. */
  readonly params: Partial<ExampleRequest["params"]>;
  /** Lowest documented 2xx status of the operation. */
  readonly successStatus: number;
}

/**
 * The first GET operation of the spec whose success response is JSON (not a stream) and whose required
 * parameters all have examples: a call any mock answers and any consumer would make first. One that needs
 * credentials is preferred, so the client's auth (an API key header, HAPI's token exchange) is exercised too.
 */
export function planCall(vendor: string, clientPackage: string, doc: Json): CallPlan {
  const plan = firstPlannable(vendor, clientPackage, doc, true) ?? firstPlannable(vendor, clientPackage, doc, false);
  if (!plan) throw new Error(`${vendor}: the spec has no GET operation with a JSON success response and example parameters to smoke-test.`);
  return plan;
}

function firstPlannable(vendor: string, clientPackage: string, doc: Json, securedOnly: boolean): CallPlan | undefined {
  const paths = (doc.paths ?? {}) as Record<string, unknown>;
  for (const path of Object.keys(paths)) {
    const operation = deref(doc, deref(doc, paths[path])?.get);
    if (!operation || typeof operation.operationId !== "string") continue;
    if (securedOnly && !needsCredentials(doc, operation)) continue;
    const successStatus = lowestSuccess(operation);
    if (successStatus === undefined || !answersJson(doc, operation, successStatus)) continue;
    let request: ExampleRequest;
    try {
      request = exampleRequest(doc, pointerOf("paths", path), { operationId: operation.operationId, method: "get" });
    } catch {
      continue; // a required parameter without an example: try the next operation
    }
    return {
      vendor,
      clientPackage,
      factory: clientFactoryName(vendor),
      credentialOption: credentialOf(vendor, doc).option,
      operationId: operation.operationId,
      path,
      params: nonEmptyGroups(request.params),
      successStatus,
    };
  }
  return undefined;
}

/** An operation's own `security`, else the spec's; `[]` or `[{}]` means no credentials. */
function needsCredentials(doc: Json, operation: Json): boolean {
  const security = (operation.security ?? doc.security ?? []) as Json[];
  return security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
}

function lowestSuccess(operation: Json): number | undefined {
  const codes = Object.keys((operation.responses ?? {}) as object)
    .filter((c) => /^2\d\d$/.test(c))
    .map(Number)
    .sort((a, b) => a - b);
  return codes[0];
}

function answersJson(doc: Json, operation: Json, status: number): boolean {
  const response = deref(doc, (operation.responses as Json)[String(status)]) ?? {};
  const types = Object.keys((response.content ?? {}) as object);
  return types.length > 0 && types.every((t) => /json/.test(t));
}

function nonEmptyGroups(params: ExampleRequest["params"]): Partial<ExampleRequest["params"]> {
  return Object.fromEntries(Object.entries(params).filter(([, values]) => Object.keys(values).length > 0));
}

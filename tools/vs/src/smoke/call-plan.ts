import { firstExampleGet } from "@vendor-sdks/spec-kit/requests/example-get";
import type { ExampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { clientFactoryName, credentialOf } from "@vendor-sdks/spec-kit/workspace/client-naming";

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
 * The call a consumer would make first (see `firstExampleGet`): a JSON GET with example parameters, one that
 * needs credentials preferred so the client's auth is exercised too.
 */
export function planCall(vendor: string, clientPackage: string, doc: Json): CallPlan {
  const get = firstExampleGet(doc);
  if (!get) throw new Error(`${vendor}: the spec has no GET operation with a JSON success response and example parameters to smoke-test.`);
  return {
    vendor,
    clientPackage,
    factory: clientFactoryName(vendor),
    credentialOption: credentialOf(vendor, doc).option,
    operationId: get.operation.operationId,
    path: get.operation.path,
    params: nonEmptyGroups(get.request.params),
    successStatus: get.operation.successStatus,
  };
}

function nonEmptyGroups(params: ExampleRequest["params"]): Partial<ExampleRequest["params"]> {
  return Object.fromEntries(Object.entries(params).filter(([, values]) => Object.keys(values).length > 0));
}

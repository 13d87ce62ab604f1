/**
 * Every kind of change the breaking-change gate knows, and whether it breaks callers of the generated client.
 * "Read" means what the client receives (responses, webhook payloads); "write" what it sends (requests).
 */
export const RULES = {
  "path-removed": { breaking: true, summary: "a path and all its operations were removed" },
  "operation-removed": { breaking: true, summary: "an operation was removed" },
  "operation-id-renamed": { breaking: true, summary: "an operation's operationId changed" },
  "parameter-renamed": { breaking: true, summary: "a parameter was renamed" },
  "parameter-removed": { breaking: true, summary: "a parameter was removed (callers that pass it no longer type-check)" },
  "parameter-newly-required": { breaking: true, summary: "a parameter is newly required" },
  "request-body-newly-required": { breaking: true, summary: "a request body is newly required" },
  "request-body-removed": { breaking: true, summary: "a request body was removed" },
  "request-media-type-removed": { breaking: true, summary: "a request media type is no longer accepted" },
  "request-field-newly-required": { breaking: true, summary: "a request field is newly required" },
  "request-field-removed": { breaking: true, summary: "a request field was removed (callers that send it no longer type-check)" },
  "request-enum-narrowed": { breaking: true, summary: "a request enum lost values" },
  "request-type-changed": { breaking: true, summary: "a request value no longer accepts a type it accepted" },
  "response-status-removed": { breaking: true, summary: "a success response was removed" },
  "response-media-type-removed": { breaking: true, summary: "a response media type was removed" },
  "response-field-removed": { breaking: true, summary: "a response field was removed" },
  "response-field-no-longer-required": { breaking: true, summary: "a response field is no longer always present" },
  "response-type-changed": { breaking: true, summary: "a response value may have a type it could not have before" },
  "response-enum-widened": { breaking: true, summary: "a response enum gained values" },
  "security-changed": { breaking: true, summary: "the authentication an operation needs changed" },

  "path-added": { breaking: false, summary: "a path was added" },
  "operation-added": { breaking: false, summary: "an operation was added" },
  "operation-deprecated": { breaking: false, summary: "an operation was deprecated" },
  "parameter-added": { breaking: false, summary: "an optional parameter was added" },
  "parameter-now-optional": { breaking: false, summary: "a parameter is no longer required" },
  "request-body-added": { breaking: false, summary: "an optional request body was added" },
  "request-body-now-optional": { breaking: false, summary: "a request body is no longer required" },
  "request-media-type-added": { breaking: false, summary: "a request media type was added" },
  "request-field-added": { breaking: false, summary: "an optional request field was added" },
  "request-field-now-optional": { breaking: false, summary: "a request field is no longer required" },
  "request-enum-widened": { breaking: false, summary: "a request enum gained values" },
  "request-type-widened": { breaking: false, summary: "a request value accepts more types" },
  "response-status-added": { breaking: false, summary: "a response status was added" },
  "error-response-removed": { breaking: false, summary: "an error response was removed" },
  "response-media-type-added": { breaking: false, summary: "a response media type was added" },
  "response-field-added": { breaking: false, summary: "a response field was added" },
  "response-field-newly-required": { breaking: false, summary: "a response field is now always present" },
  "response-enum-narrowed": { breaking: false, summary: "a response enum lost values" },
  "response-type-narrowed": { breaking: false, summary: "a response value can have fewer types" },
  "spec-changed": { breaking: false, summary: "something no rule classifies changed (docs, examples, extensions)" },
} as const satisfies Record<string, { breaking: boolean; summary: string }>;

export type RuleId = keyof typeof RULES;

/** Which document a finding's pointer addresses: removals point into the released spec, the rest into the new. */
export type Side = "old" | "new";

export interface Finding {
  readonly rule: RuleId;
  readonly breaking: boolean;
  readonly side: Side;
  /** JSON pointer into the `side` document, at the node itself (shared components, not every use of them). */
  readonly pointer: string;
  readonly message: string;
}

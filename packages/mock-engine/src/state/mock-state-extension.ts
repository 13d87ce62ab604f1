import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

/** The operation extension that tells the mock's state what path-pattern inference cannot (specs/EXTENSIONS.md). */
export const MOCK_STATE_EXTENSION = "x-mock-state";

export const STATE_ACTIONS = ["list", "create", "read", "update", "delete", "none"] as const;
export type StateAction = (typeof STATE_ACTIONS)[number];

export const STATE_ROLES = ["webhook-endpoint", "webhook-deliveries"] as const;
export type StateRole = (typeof STATE_ROLES)[number];

export interface MockStateExtension {
  /** What the operation does to the stored resources, when the path pattern says otherwise (`none`: nothing). */
  readonly action?: StateAction;
  /** Fields the write sets on the stored resource; on a `delete` the resource stays (a soft delete). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** A create that registers a webhook receiver, or a list of the deliveries made to one. */
  readonly role?: StateRole;
  /**
   * Where request fields go in the stored resource when their names differ (`{"/content/content/text": "/text"}`):
   * stored-object pointer → request-body pointer.
   */
  readonly fields?: Readonly<Record<string, string>>;
}

/** The operation's `x-mock-state`, checked; a malformed one is an error naming `where` (method and path). */
export function readMockStateExtension(operation: Record<string, unknown>, where: string): MockStateExtension | undefined {
  const raw = operation[MOCK_STATE_EXTENSION];
  if (raw === undefined) return undefined;
  const fail = (what: string): never => {
    throw new Error(`${where}: ${MOCK_STATE_EXTENSION}${what}`);
  };
  if (!isObject(raw)) return fail(` must be an object, got ${JSON.stringify(raw)}.`);
  const unknown = Object.keys(raw).filter((key) => key !== "action" && key !== "set" && key !== "role" && key !== "fields");
  if (unknown.length > 0) fail(` has unknown member(s) ${unknown.join(", ")}; known: action, set, role, fields.`);
  const { action, set, role, fields } = raw;
  if (action !== undefined && !(STATE_ACTIONS as readonly unknown[]).includes(action)) fail(`.action must be one of ${STATE_ACTIONS.join(", ")}, got ${JSON.stringify(action)}.`);
  if (set !== undefined && !isObject(set)) fail(`.set must be an object of field values, got ${JSON.stringify(set)}.`);
  if (role !== undefined && !(STATE_ROLES as readonly unknown[]).includes(role)) fail(`.role must be one of ${STATE_ROLES.join(", ")}, got ${JSON.stringify(role)}.`);
  if (fields !== undefined && (!isObject(fields) || Object.entries(fields).some(([to, from]) => !to.startsWith("/") || typeof from !== "string" || !from.startsWith("/")))) {
    fail(`.fields must map JSON pointers into the stored resource to JSON pointers into the request body, got ${JSON.stringify(fields)}.`);
  }
  return {
    ...(fields === undefined ? {} : { fields: fields as Record<string, string> }),
    ...(action === undefined ? {} : { action: action as StateAction }),
    ...(set === undefined ? {} : { set: set as Record<string, unknown> }),
    ...(role === undefined ? {} : { role: role as StateRole }),
  };
}

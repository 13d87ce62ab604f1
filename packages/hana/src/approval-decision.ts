import type { components } from "./generated/schema.js";

type Approval = components["schemas"]["Approval"];
type ApprovalAction = components["schemas"]["ApprovalAction"];

/**
 * Which approvals make a request pass, as the Hana docs describe them:
 * - `any-approver`: one `APPROVED` is enough;
 * - `all-approvers`: every approver must approve (one `REJECTED` makes that impossible);
 * - `strictReject`: any `REJECTED` fails the request at once, even if someone else approved.
 * An approval still unresolved after its `expiryDate` falls back to its `defaultAction`.
 */
export interface ApprovalPolicy {
  readonly require: "any-approver" | "all-approvers";
  /** Fail as soon as any approver rejects. Defaults to true: the docs advise failing closed for risky actions. */
  readonly strictReject?: boolean;
}

export type ApprovalDecision =
  | { readonly outcome: "approved"; readonly reason: "any-approver" | "all-approvers" | "timeout-fallback" }
  | { readonly outcome: "rejected"; readonly reason: "strict-reject" | "any-approver" | "all-approvers" | "timeout-fallback" }
  /** Expired unresolved with `defaultAction: NO_ACTION`: nobody decided, so the caller must not proceed. */
  | { readonly outcome: "no-action"; readonly reason: "timeout-fallback" }
  | { readonly outcome: "pending"; readonly reason: "awaiting-approvers" };

/**
 * Decide an approval record (from `GET /approval/{approvalId}`, the list, or the create response) under `policy`.
 * Actions are read for the listed approvers; an approver with no recorded action counts as `NO_ACTION`, and an
 * action recorded for someone who is not an approver is ignored (the docs' list example shows one). When the
 * record has no approvers, the users in `approverActions` are taken as the approvers.
 */
export function decideApproval(approval: Approval, policy: ApprovalPolicy, now: Date = new Date()): ApprovalDecision {
  const actions = approverActionsOf(approval);
  const strictReject = policy.strictReject ?? true;
  const rejected = actions.some((a) => a === "REJECTED");
  const approved = actions.filter((a) => a === "APPROVED").length;

  if (strictReject && rejected) return { outcome: "rejected", reason: "strict-reject" };
  if (policy.require === "any-approver") {
    if (approved > 0) return { outcome: "approved", reason: "any-approver" };
    if (actions.length > 0 && actions.every((a) => a === "REJECTED")) return { outcome: "rejected", reason: "any-approver" };
  } else {
    if (actions.length > 0 && approved === actions.length) return { outcome: "approved", reason: "all-approvers" };
    if (rejected) return { outcome: "rejected", reason: "all-approvers" };
  }
  if (isExpired(approval, now)) return fallBackToDefault(approval.defaultAction);
  return { outcome: "pending", reason: "awaiting-approvers" };
}

function approverActionsOf(approval: Approval): ApprovalAction[] {
  const recorded = approval.approverActions ?? {};
  const ids = (approval.approvers ?? []).map((a) => (typeof a === "string" ? a : a._id));
  const approverIds = ids.length > 0 ? ids : Object.keys(recorded);
  return approverIds.map((id) => recorded[id]?.action ?? "NO_ACTION");
}

function isExpired(approval: Approval, now: Date): boolean {
  if (approval.expiryDate === undefined) return false;
  const expiry = Date.parse(approval.expiryDate);
  return !Number.isNaN(expiry) && now.getTime() >= expiry;
}

function fallBackToDefault(defaultAction: ApprovalAction | undefined): ApprovalDecision {
  if (defaultAction === "APPROVED") return { outcome: "approved", reason: "timeout-fallback" };
  if (defaultAction === "REJECTED") return { outcome: "rejected", reason: "timeout-fallback" };
  return { outcome: "no-action", reason: "timeout-fallback" };
}

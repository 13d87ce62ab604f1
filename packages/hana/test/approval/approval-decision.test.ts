import { describe, expect, it } from "vitest";
import { decideApproval } from "../../src/approval-decision.js";
import type { components } from "../../src/generated/schema.js";

type Approval = components["schemas"]["Approval"];
type Action = components["schemas"]["ApprovalAction"];

const BEFORE_EXPIRY = new Date("2026-02-20T12:00:00.000Z");
const AFTER_EXPIRY = new Date("2026-02-22T00:00:00.000Z");

/** An approval shaped like the documented create response (approvers as ids), with the given actions. */
function approval(actions: Record<string, Action>, defaultAction: Action = "REJECTED"): Approval {
  return {
    _id: "APPROVAL_ID",
    content: "Approve publishing the Q1 launch announcement.",
    approvers: Object.keys(actions),
    approverActions: Object.fromEntries(
      Object.entries(actions).map(([id, action]) => [id, { action, actionDate: "2026-02-20T10:00:00.000Z" }]),
    ),
    defaultAction,
    expiryDate: "2026-02-21T18:30:00.000Z",
  };
}

describe("decideApproval: any-approver", () => {
  it("approves once one approver approves", () => {
    const record = approval({ A: "APPROVED", B: "NO_ACTION" });
    expect(decideApproval(record, { require: "any-approver" }, BEFORE_EXPIRY)).toEqual({ outcome: "approved", reason: "any-approver" });
  });

  it("stays pending while nobody has acted", () => {
    const record = approval({ A: "NO_ACTION", B: "NO_ACTION" });
    expect(decideApproval(record, { require: "any-approver" }, BEFORE_EXPIRY)).toEqual({ outcome: "pending", reason: "awaiting-approvers" });
  });

  it("without strict reject, one rejection does not outweigh an approval", () => {
    const record = approval({ A: "REJECTED", B: "APPROVED" });
    expect(decideApproval(record, { require: "any-approver", strictReject: false }, BEFORE_EXPIRY).outcome).toBe("approved");
  });

  it("without strict reject, waits for the others after one rejection, and rejects when all reject", () => {
    const policy = { require: "any-approver", strictReject: false } as const;
    expect(decideApproval(approval({ A: "REJECTED", B: "NO_ACTION" }), policy, BEFORE_EXPIRY).outcome).toBe("pending");
    expect(decideApproval(approval({ A: "REJECTED", B: "REJECTED" }), policy, BEFORE_EXPIRY)).toEqual({ outcome: "rejected", reason: "any-approver" });
  });
});

describe("decideApproval: all-approvers", () => {
  it("approves only when every approver approved", () => {
    const policy = { require: "all-approvers" } as const;
    expect(decideApproval(approval({ A: "APPROVED", B: "NO_ACTION" }), policy, BEFORE_EXPIRY).outcome).toBe("pending");
    expect(decideApproval(approval({ A: "APPROVED", B: "APPROVED" }), policy, BEFORE_EXPIRY)).toEqual({ outcome: "approved", reason: "all-approvers" });
  });

  it("counts an approver with no recorded action as not having approved", () => {
    const record: Approval = { ...approval({ A: "APPROVED" }), approvers: ["A", "B"] };
    expect(decideApproval(record, { require: "all-approvers" }, BEFORE_EXPIRY).outcome).toBe("pending");
  });

  it("rejects once any approver rejects, since all-approved is then impossible", () => {
    const record = approval({ A: "APPROVED", B: "REJECTED" });
    expect(decideApproval(record, { require: "all-approvers", strictReject: false }, BEFORE_EXPIRY)).toEqual({ outcome: "rejected", reason: "all-approvers" });
  });
});

describe("decideApproval: strict reject", () => {
  it("is on by default and fails on any rejection even after an approval", () => {
    const record = approval({ A: "APPROVED", B: "REJECTED" });
    expect(decideApproval(record, { require: "any-approver" }, BEFORE_EXPIRY)).toEqual({ outcome: "rejected", reason: "strict-reject" });
  });

  it("wins over the timeout fallback", () => {
    const record = approval({ A: "REJECTED", B: "NO_ACTION" }, "APPROVED");
    expect(decideApproval(record, { require: "all-approvers" }, AFTER_EXPIRY)).toEqual({ outcome: "rejected", reason: "strict-reject" });
  });
});

describe("decideApproval: timeout fallback", () => {
  const unresolved = { A: "NO_ACTION", B: "NO_ACTION" } as const;

  it("applies defaultAction once the expiry has passed", () => {
    const policy = { require: "any-approver" } as const;
    expect(decideApproval(approval(unresolved, "APPROVED"), policy, AFTER_EXPIRY)).toEqual({ outcome: "approved", reason: "timeout-fallback" });
    expect(decideApproval(approval(unresolved, "REJECTED"), policy, AFTER_EXPIRY)).toEqual({ outcome: "rejected", reason: "timeout-fallback" });
    expect(decideApproval(approval(unresolved, "NO_ACTION"), policy, AFTER_EXPIRY)).toEqual({ outcome: "no-action", reason: "timeout-fallback" });
  });

  it("does not apply before the expiry", () => {
    expect(decideApproval(approval(unresolved, "APPROVED"), { require: "any-approver" }, BEFORE_EXPIRY).outcome).toBe("pending");
  });

  it("does not override a decision the approvers already made", () => {
    const record = approval({ A: "APPROVED", B: "APPROVED" }, "REJECTED");
    expect(decideApproval(record, { require: "all-approvers" }, AFTER_EXPIRY)).toEqual({ outcome: "approved", reason: "all-approvers" });
  });
});

describe("decideApproval on documented records", () => {
  it("reads approvers embedded as users and ignores actions of non-approvers (docs' list example)", () => {
    // The list example records APPROVED for USER_ID_2, who is not among its approvers.
    const listed: Approval = {
      _id: "APPROVAL_ID",
      approvers: [{ _id: "USER_ID_1", email: "manager@example.com" }],
      approverActions: {
        USER_ID_1: { action: "NO_ACTION", actionDate: "2026-02-20T10:00:00.000Z" },
        USER_ID_2: { action: "APPROVED", actionDate: "2026-02-20T10:12:00.000Z" },
      },
      defaultAction: "REJECTED",
      expiryDate: "2026-02-21T18:30:00.000Z",
    };
    expect(decideApproval(listed, { require: "any-approver" }, BEFORE_EXPIRY).outcome).toBe("pending");
    expect(decideApproval(listed, { require: "any-approver" }, AFTER_EXPIRY)).toEqual({ outcome: "rejected", reason: "timeout-fallback" });
  });

  it("uses the users in approverActions when the record lists no approvers", () => {
    const record: Approval = { ...approval({ A: "APPROVED", B: "APPROVED" }), approvers: [] };
    expect(decideApproval(record, { require: "all-approvers" }, BEFORE_EXPIRY).outcome).toBe("approved");
  });
});

import type { components } from "../../src/generated/schema.js";

type CompletionStatus = components["schemas"]["CompletionStatus"];
export const MESSAGE_ID = "client-hana-03b495e3-4ba1-457e-9065-749545b6f33e";

/** A status record shaped like the documented examples, in the given state. */
export function statusRecord(status: CompletionStatus["completionStatus"], response: string | null = null): CompletionStatus {
  const finishedAt = status === "IN_PROGRESS" ? null : "2025-03-09T17:22:36.867Z";
  return {
    _id: `STATUS_ID_${status}`,
    userId: "USER_ID",
    organizationId: "ORG_ID",
    messageId: MESSAGE_ID,
    completionStartTime: "2025-03-09T17:22:06.638Z",
    completionFinishTime: finishedAt,
    completionResponse: response,
    completionStatus: status,
    __v: 0,
    createdAt: "2025-03-09T17:22:06.639Z",
    updatedAt: "2025-03-09T17:22:06.639Z",
  };
}

export const envelope = (content: unknown) => ({ success: true, content });
export const page = (records: CompletionStatus[]) => envelope({ data: records, totalCount: records.length });

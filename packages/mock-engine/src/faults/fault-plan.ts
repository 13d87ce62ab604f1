/** The next N calls of one credential fail with this status (optionally only calls to one operation). */
export interface PlannedFault {
  readonly status: number;
  /** How many calls still fail. */
  remaining: number;
  /** Seconds for `Retry-After`, sent when the spec documents that header for the status (or when asked for). */
  readonly retryAfterSeconds: number | undefined;
  readonly operationId: string | undefined;
}

/** Failures planned through `POST /__mock/faults`, per credential, consumed one call at a time. */
export interface FaultPlan {
  plan(credential: string, fault: PlannedFault): void;
  /** The fault the next call of `credential` to `operationId` must get, consumed; undefined to go on normally. */
  take(credential: string, operationId: string | undefined): PlannedFault | undefined;
  pending(credential: string): readonly PlannedFault[];
  reset(credential: string): void;
}

export function createFaultPlan(): FaultPlan {
  const byCredential = new Map<string, PlannedFault[]>();
  return {
    plan(credential, fault) {
      const list = byCredential.get(credential) ?? [];
      list.push(fault);
      byCredential.set(credential, list);
    },
    take(credential, operationId) {
      const list = byCredential.get(credential);
      const fault = list?.find((f) => f.remaining > 0 && (f.operationId === undefined || f.operationId === operationId));
      if (!list || !fault) return undefined;
      fault.remaining--;
      byCredential.set(credential, list.filter((f) => f.remaining > 0));
      return fault;
    },
    pending: (credential) => byCredential.get(credential) ?? [],
    reset(credential) {
      byCredential.delete(credential);
    },
  };
}

import type { CallRecord } from "./call-operation.ts";

export interface DiagnosisContext {
  readonly baseUrl: string;
  /** The spec's `servers[0].url`: what a right base URL looks like. */
  readonly specBaseUrl: string;
  /** Where the secret comes from (e.g. `HANIA_API_KEY`), for the credentials hints. */
  readonly secretName?: string;
}

/**
 * One sentence for a run whose calls all failed the same way, saying what to fix: nothing answered, every answer
 * was 404 (a wrong base URL, not a bad secret), every answer was 401/403 (the credentials), or no secret was given.
 */
export function diagnose(calls: readonly CallRecord[], context: DiagnosisContext): string | undefined {
  if (calls.length === 0) return undefined;
  const secret = context.secretName ?? "the vendor's secret";
  const answered = calls.filter((c) => c.status !== null);
  if (answered.length === 0) {
    if (calls.every((c) => c.failure === "credentials")) return `No credentials: set ${secret}. Nothing was sent.`;
    const unanswered = calls.find((c) => c.failure === "no-answer");
    if (unanswered && calls.every((c) => c.failure === "no-answer" || c.failure === "credentials")) {
      return `Nothing answered at ${context.baseUrl} (${unanswered.reason ?? "no answer"}): is the vendor reachable and --base-url right?`;
    }
    return undefined;
  }
  if (everyCallAnswered404(calls)) {
    return `Every call answered 404: is --base-url right? (expected something like ${context.specBaseUrl})`;
  }
  if (answered.every((c) => c.status === 401 || c.status === 403)) {
    return `Every call answered 401/403: check the credentials (${secret}).`;
  }
  return undefined;
}

/** The wrong-base-URL case: answers from some other server, whose bodies say nothing about the vendor's API. */
export function everyCallAnswered404(calls: readonly CallRecord[]): boolean {
  const answered = calls.filter((c) => c.status !== null);
  return answered.length > 0 && answered.every((c) => c.status === 404);
}

/** How one delivery went: the receiver's status, or why there was none. */
export type DeliveryOutcome = { readonly status: number } | { readonly error: string };

/**
 * Sends one delivery and waits at most `timeoutMs` for the receiver's answer (its body is not read): a receiver
 * that never answers cannot hang the trigger. Stops at once when `signal` aborts (the trigger's caller left).
 */
export async function deliver(url: string, method: string, headers: Record<string, string>, body: string, timeoutMs: number, signal?: AbortSignal): Promise<DeliveryOutcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { method, headers, body, redirect: "manual", signal: signal ? AbortSignal.any([timeout, signal]) : timeout });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    if (timeout.aborted) return { error: `no answer within ${timeoutMs} ms` };
    if (signal?.aborted) return { error: "the trigger request was aborted" };
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

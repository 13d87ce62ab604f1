// Durations kept warm so far; a few at most (a client's default timeout and the odd per-call one).
const warmed = new Set<number>();

/**
 * Node keeps one list of timers per duration and tears it down when its last timer is cleared, so a call made while
 * no other call is pending rebuilds the list and reschedules the native timer: most of what a per-attempt timeout
 * costs. An idle interval of the same duration keeps the list; it is unref'd, so it never holds a process open.
 * Where timers cannot be unref'd (browsers), nothing is kept.
 */
export function keepTimerListWarm(ms: number): void {
  if (warmed.has(ms) || warmed.size >= 4) return;
  warmed.add(ms);
  const interval = setInterval(() => {}, ms) as unknown as { unref?: () => unknown };
  if (!interval.unref?.()) clearInterval(interval as never);
}

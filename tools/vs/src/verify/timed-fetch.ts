/**
 * A fetch whose attempt fails when the response headers do not arrive within `headersTimeoutMs`, so a vendor that
 * accepts the connection and never answers cannot hang the drift check. Reading the body is bounded by the caller
 * (its own `signal`), because a stream's body is meant to outlive any headers deadline.
 */
export function createTimedFetch(fetchImpl: typeof fetch, headersTimeoutMs: number): typeof fetch {
  return async (input, init) => {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error(`no answer within ${headersTimeoutMs / 1000} s`)), headersTimeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    try {
      return await fetchImpl(input, { ...init, signal });
    } catch (error) {
      throw deadline.signal.aborted ? deadline.signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  };
}

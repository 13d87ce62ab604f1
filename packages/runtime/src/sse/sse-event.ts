import type { SseMessage } from "./sse-line-parser.js";

/** An event as `stream()` yields it: the spec's event shape, with `data` parsed when it is JSON. */
export interface SseEvent {
  readonly event: string;
  readonly data: unknown;
  readonly id?: string;
  readonly retry?: number;
}

export function toSseEvent(message: SseMessage): SseEvent {
  return {
    event: message.event,
    data: parseMaybeJson(message.data),
    ...(message.id !== undefined ? { id: message.id } : {}),
    ...(message.retry !== undefined ? { retry: message.retry } : {}),
  };
}

function parseMaybeJson(data: string): unknown {
  const first = data.trimStart()[0];
  // Only text that can start a JSON document is tried; plain text (e.g. "[DONE]"-style markers excepted) stays a string.
  if (first === undefined || !'{["-0123456789tfn'.includes(first)) return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

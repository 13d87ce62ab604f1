/** One Server-Sent Event, as dispatched by the WHATWG event-stream rules. */
export interface SseMessage {
  /** The `event:` field; `"message"` when the server sent none. */
  readonly event: string;
  /** The `data:` lines joined with `\n`. */
  readonly data: string;
  /** The last event ID seen on this stream, if any (persists across events, as in EventSource). */
  readonly id?: string;
  /** The `retry:` reconnection time in ms, when this event carried one. */
  readonly retry?: number;
}

/**
 * Incremental event-stream parser: feed decoded text in pieces of any size, get complete events back.
 * Lines may end in LF, CR or CRLF, even when the CR and LF arrive in different pieces.
 */
export class SseLineParser {
  #buffer = "";
  #data: string[] = [];
  #event = "";
  #id: string | undefined;
  #retry: number | undefined;

  push(text: string, final = false): SseMessage[] {
    const out: SseMessage[] = [];
    const buf = this.#buffer + text;
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A CR at the very end may be the first half of a CRLF: wait for the next piece.
      if (c === 13 && i + 1 === buf.length && !final) break;
      this.#line(buf.slice(start, i), out);
      if (c === 13 && buf.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
    this.#buffer = buf.slice(start);
    // An event not terminated by a blank line when the stream ends is dropped, as the standard says.
    return out;
  }

  #line(line: string, out: SseMessage[]): void {
    if (line === "") return this.#dispatch(out);
    if (line.charCodeAt(0) === 58) return; // ":" comment
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\0")) this.#id = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.#retry = Number(value);
  }

  #dispatch(out: SseMessage[]): void {
    if (this.#data.length > 0) {
      out.push({
        event: this.#event || "message",
        data: this.#data.join("\n"),
        ...(this.#id !== undefined ? { id: this.#id } : {}),
        ...(this.#retry !== undefined ? { retry: this.#retry } : {}),
      });
    }
    this.#data = [];
    this.#event = "";
    this.#retry = undefined;
  }
}

import { asFrame, frameText } from "./sse-frame.js";
import { fillTemplate, type Lookup } from "./template.js";

/** A frame template of `x-mock-stream` filled in and written as SSE; `what` names the template in the error. */
export function renderFrame(template: Record<string, unknown>, lookup: Lookup, what: string): string {
  const frame = asFrame(fillTemplate(template, lookup));
  if (typeof frame === "string") throw new Error(`x-mock-stream ${what} made an invalid frame: ${frame}.`);
  return frameText(frame);
}

/** The placeholders every template may use: `$now` (epoch milliseconds) and `$uuid` (a fresh one). */
export const commonValues: Lookup = (name) => (name === "now" ? Date.now() : name === "uuid" ? crypto.randomUUID() : undefined);

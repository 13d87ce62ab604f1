import type { Change } from "../engine/capabilities.js";
import { asFrame, type Frame } from "../streams/sse-frame.js";
import type { ChangeRule } from "../streams/stream-script.js";
import { fillTemplate } from "../streams/template.js";

/** The frames a remembered write causes: one per rule of `x-mock-stream.live.changes` that matches it. */
export function framesOfChange(rules: readonly ChangeRule[], change: Change, mintId: () => string): Frame[] {
  return rules
    .filter((rule) => (rule.collection === undefined || rule.collection === change.collection) && (rule.kind === undefined || rule.kind === change.kind) && (rule.operationId === undefined || rule.operationId === change.route.operationId))
    .map((rule) => {
      let eventId: string | undefined;
      const filled = fillTemplate(rule.frame, (name) => {
        if (name === "eventId") return (eventId ??= mintId());
        if (name === "change.id") return change.id;
        if (name === "change.value") return change.value;
        if (name.startsWith("change.params.")) return change.route.params[name.slice("change.params.".length)];
        if (name === "now") return Date.now();
        if (name === "uuid") return crypto.randomUUID();
        return undefined;
      });
      const frame = asFrame(filled);
      if (typeof frame === "string") throw new Error(`x-mock-stream.live.changes made an invalid frame for a ${change.kind} in ${change.collection}: ${frame}.`);
      return frame;
    });
}

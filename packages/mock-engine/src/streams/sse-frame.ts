import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

/** One event as the spec's event schema describes it once parsed (the non-string branch): `data` is JSON. */
export interface Frame {
  readonly event?: string;
  readonly data: unknown;
  readonly id?: string;
  readonly retry?: number;
}

/** A frame on the wire: `event:`, one `data:` line of JSON, then `id:` (after the data, as HAPI's hub writes it). */
export function frameText(frame: Frame): string {
  const lines: string[] = [];
  if (frame.event !== undefined) lines.push(`event: ${frame.event}`);
  lines.push(`data: ${JSON.stringify(frame.data ?? null)}`);
  if (frame.id !== undefined) lines.push(`id: ${frame.id}`);
  if (frame.retry !== undefined) lines.push(`retry: ${frame.retry}`);
  return `${lines.join("\n")}\n\n`;
}

/** A filled-in template as a frame, or what is wrong with it (a template must make `{event?, data, id?, retry?}`). */
export function asFrame(value: unknown): Frame | string {
  if (!isObject(value)) return "a frame must be an object {event?, data, id?, retry?}";
  if (!("data" in value)) return "a frame needs `data`";
  if (value.event !== undefined && typeof value.event !== "string") return "`event` must be a string";
  if (value.id !== undefined && typeof value.id !== "string") return "`id` must be a string";
  if (value.retry !== undefined && typeof value.retry !== "number") return "`retry` must be a number";
  return value as unknown as Frame;
}

/** A documented stream (SSE wire text) cut into its frames, each with its blank-line terminator. */
export function splitFrames(text: string): string[] {
  return (text.match(/[\s\S]*?(?:\r?\n\r?\n|$)/g) ?? []).filter((frame) => frame.length > 0);
}

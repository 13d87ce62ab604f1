import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

/**
 * The documented example of a live stream's resume cursor, which the mock's event ids copy the shape of: the
 * `Last-Event-ID` header parameter's example, else that of the query parameter `x-mock-stream.live.resume.query` names.
 */
export function cursorExample(parameters: readonly Record<string, unknown>[], query: string | undefined): string | undefined {
  const example = (where: string, name: string): string | undefined => {
    const parameter = parameters.find((p) => p.in === where && typeof p.name === "string" && p.name.toLowerCase() === name.toLowerCase());
    const value = parameter?.example ?? (isObject(parameter?.schema) ? parameter.schema.example : undefined);
    return typeof value === "string" ? value : undefined;
  };
  return example("header", "last-event-id") ?? (query === undefined ? undefined : example("query", query));
}

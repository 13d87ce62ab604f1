import type { OperationSamples } from "../samples/add-code-samples.ts";
import type { HeaderObject, MediaTypeObject, OpenApiDocument, RequestBodyObject, ResponseObject } from "../spec/openapi-types.ts";
import type { OperationEntry } from "../spec/operations.ts";
import { resolve } from "../spec/resolve-ref.ts";
import { operationTitle } from "./documented-operation.ts";
import { codeBlock, inlineCode, tableCell } from "./markdown-text.ts";
import { schemaOutline, schemaTypeLine } from "./schema-outline.ts";
import { operationSecurity } from "./security-text.ts";

export interface OperationMarkdownInput {
  readonly doc: OpenApiDocument;
  readonly entry: OperationEntry;
  /** The TypeScript and curl samples the Redoc page shows for this operation. */
  readonly samples: OperationSamples;
  readonly baseUrl: string;
  /** Links back, relative to the operation's page. */
  readonly links: { readonly vendorMarkdown: string; readonly htmlReference: string };
}

/** Code fence languages of the samples' `lang` (x-codeSamples uses display names). */
const FENCE_LANGUAGE: Readonly<Record<string, string>> = { TypeScript: "ts", Shell: "sh" };

/**
 * One operation as a self-contained Markdown page for agents and terminals: method and path, summary and
 * description, authentication, parameters, request and response schemas in outline, documented errors, and the
 * same TypeScript and curl samples as the HTML reference.
 */
export function renderOperationMarkdown({ doc, entry, samples, baseUrl, links }: OperationMarkdownInput): string {
  const { operation, method, path } = entry;
  const facts = [inlineCode(`${method.toUpperCase()} ${path}`)];
  if (operation.operationId) facts.push(`operationId ${inlineCode(operation.operationId)}`);
  if (operation.tags?.length) facts.push(operation.tags.join(", "));

  const out: string[] = [`# ${operationTitle(entry)}`, "", facts.join(" · "), ""];
  if (operation.deprecated) out.push("> **Deprecated.**", "");
  if (operation.description?.trim()) out.push(operation.description.trim(), "");
  out.push(`Base URL: ${baseUrl ? inlineCode(baseUrl) : "(none in the spec)"} · [All operations](${links.vendorMarkdown}) · [HTML reference](${links.htmlReference})`, "");

  out.push("## Authentication", "", ...operationSecurity(doc, operation), "");
  out.push(...parametersSection(doc, entry));
  if (operation.requestBody) out.push(...requestBodySection(doc, resolve<RequestBodyObject>(doc, operation.requestBody)));

  const statuses = Object.entries(operation.responses ?? {});
  const isError = (status: string) => /^[45]/.test(status) || status === "default";
  const success = statuses.filter(([status]) => !isError(status));
  const errors = statuses.filter(([status]) => isError(status));
  if (success.length) out.push("## Responses", "", ...success.flatMap(([status, r]) => responseBlock(doc, status, resolve<ResponseObject>(doc, r))));
  if (errors.length) out.push("## Errors", "", ...errors.flatMap(([status, r]) => responseBlock(doc, status, resolve<ResponseObject>(doc, r))));

  out.push("## Samples", "");
  for (const sample of samples.samples) out.push(`### ${sample.label}`, "", codeBlock(FENCE_LANGUAGE[sample.lang] ?? sample.lang.toLowerCase(), sample.source), "");
  return `${out.join("\n").trimEnd()}\n`;
}

function parametersSection(doc: OpenApiDocument, { parameters }: OperationEntry): string[] {
  if (parameters.length === 0) return [];
  const rows = parameters.map((p) => {
    const type = p.schema ? schemaTypeLine(doc, p.schema) : "";
    const description = `${p.deprecated ? "Deprecated. " : ""}${p.description ?? ""}`;
    return `| ${inlineCode(p.name)} | ${p.in} | ${tableCell(type)} | ${p.required || p.in === "path" ? "yes" : "no"} | ${tableCell(description)} |`;
  });
  return ["## Parameters", "", "| Name | In | Type | Required | Description |", "|---|---|---|---|---|", ...rows, ""];
}

function requestBodySection(doc: OpenApiDocument, body: RequestBodyObject): string[] {
  const out = ["## Request body", ""];
  if (body.description?.trim()) out.push(body.description.trim(), "");
  out.push(...mediaTypes(doc, body.content, body.required ? "required" : "optional"));
  return out;
}

function responseBlock(doc: OpenApiDocument, status: string, response: ResponseObject): string[] {
  const out = [`### ${status}`, ""];
  if (response.description?.trim()) out.push(response.description.trim(), "");
  const headers = Object.entries(response.headers ?? {});
  if (headers.length) {
    out.push("Headers:", "");
    for (const [name, headerOrRef] of headers) {
      const header = resolve<HeaderObject>(doc, headerOrRef);
      const type = header.schema ? `, ${schemaTypeLine(doc, header.schema)}` : "";
      out.push(`- ${inlineCode(name)}${type}${header.description ? `: ${tableCell(header.description)}` : ""}`);
    }
    out.push("");
  }
  out.push(...mediaTypes(doc, response.content));
  return out;
}

function mediaTypes(doc: OpenApiDocument, content: Record<string, MediaTypeObject> | undefined, qualifier?: string): string[] {
  const out: string[] = [];
  for (const [mediaType, media] of Object.entries(content ?? {})) {
    out.push(`${inlineCode(mediaType)}${qualifier ? `, ${qualifier}` : ""}${media.schema ? ":" : " (no schema)"}`, "");
    if (media.schema) out.push(...schemaOutline(doc, media.schema), "");
  }
  return out;
}

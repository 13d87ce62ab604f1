import { buildRequest } from "./build-request.js";
import { callMock } from "./call-mock.js";
import { isJsonMediaType, listOperations, type JsonObject } from "./openapi.js";
import { documentedResponses } from "./responses.js";
import { ResponseValidator } from "./response-validator.js";

/** One generated response that does not match the spec, described so a spec owner can find it. */
export interface DynamicFailure {
  readonly operation: string;
  readonly status: string;
  readonly problem: string;
}

/**
 * Ask the mock for a `Prefer: dynamic=true` response of every documented status with a JSON body, for
 * every operation, and validate each body against its schema. Returns every mismatch (empty = all valid)
 * and how many bodies were checked, so a caller can tell "all valid" from "nothing checked".
 */
export async function checkDynamicResponses(vendor: string, document: JsonObject, baseUrl: string): Promise<{ checked: number; failures: DynamicFailure[] }> {
  const validator = new ResponseValidator(vendor, document);
  const failures: DynamicFailure[] = [];
  let checked = 0;
  for (const operation of listOperations(document)) {
    const request = buildRequest(document, operation, { withCredentials: true });
    for (const { status, content } of documentedResponses(document, operation)) {
      const mediaType = Object.keys(content).find((m) => isJsonMediaType(m) && content[m]?.schema !== undefined);
      if (mediaType === undefined || !/^\d{3}$/.test(status)) continue; // no JSON body to validate
      const name = `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`;
      const answer = await callMock(baseUrl, request, { prefer: `code=${status}, dynamic=true`, accept: mediaType });
      if (String(answer.status) !== status) {
        failures.push({ operation: name, status, problem: `asked for ${status}, got ${answer.status}: ${answer.text.slice(0, 300)}` });
        continue;
      }
      checked++;
      const errors = validator.validate(operation.pointer, status, mediaType, answer.json);
      if (errors.length > 0) {
        const detail = errors.slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? ""} (schema ${e.schemaPath})`);
        failures.push({ operation: name, status, problem: `${detail.join("; ")} | body: ${answer.text.slice(0, 300)}` });
      }
    }
  }
  return { checked, failures };
}

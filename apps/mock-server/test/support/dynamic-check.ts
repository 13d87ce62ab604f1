import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { buildRequest } from "./build-request.js";
import { callMock } from "./call-mock.js";
import { isJsonMediaType, listOperations, type JsonObject } from "./openapi.js";
import { documentedResponses } from "./responses.js";

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
export async function checkDynamicResponses(document: JsonObject, baseUrl: string): Promise<{ checked: number; failures: DynamicFailure[] }> {
  const validator = new SpecValidator(document);
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
      // the validator follows any `$ref` on the way (a shared response, its content) to the real schema
      const result = validator.validateAt(`${operation.pointer}${pointerOf("responses", status, "content", mediaType, "schema")}`, answer.json);
      if (!result.ok) {
        const detail = result.issues.slice(0, 5).map((i) => `${i.instancePath} ${i.message} (schema ${i.schemaPath})`);
        failures.push({ operation: name, status, problem: `${detail.join("; ")} | body: ${answer.text.slice(0, 300)}` });
      }
    }
  }
  return { checked, failures };
}

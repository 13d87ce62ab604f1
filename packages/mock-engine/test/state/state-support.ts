import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { MockEngine } from "../../src/engine/mock-engine.js";
import type { MockResponse } from "../../src/engine/exchange.js";

/** One call to an engine as `credential`, the JSON body parsed. */
export interface Called {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly json: any; // vendor bodies are read loosely: each assertion states the shape it expects
}

export function caller(engine: MockEngine, credential: string) {
  return async (method: string, path: string, options: { body?: unknown; query?: Record<string, string>; prefer?: string } = {}): Promise<Called> => {
    const answer: MockResponse = await engine.handle({
      method,
      path,
      query: options.query ?? {},
      headers: { authorization: `Bearer ${credential}`, ...(options.body === undefined ? {} : { "content-type": "application/json" }), ...(options.prefer ? { prefer: options.prefer } : {}) },
      body: options.body,
    });
    return { status: answer.status, headers: answer.headers, json: answer.body ? JSON.parse(answer.body) : undefined };
  };
}

/** Validates a value against the schema at a JSON pointer of the spec (ajv 2020 with formats, as the contract tests do). */
export function schemaValidator(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...document, $id: "spec.json" });
  return (pointer: string, value: unknown): string[] => {
    const validate = ajv.compile({ $ref: `spec.json#${pointer}` });
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
  };
}

/** The JSON pointer of an operation's 200 JSON response schema. */
export function responseSchemaPointer(path: string, method: string): string {
  return `/paths/${path.replace(/~/g, "~0").replace(/\//g, "~1")}/${method}/responses/200/content/application~1json/schema`;
}

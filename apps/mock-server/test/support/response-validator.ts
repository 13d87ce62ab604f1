import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { resolvePointer, type JsonObject } from "./openapi.js";

// ajv/dist/2020.js is CommonJS; loading it through require keeps its default export's types straightforward
const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js").default;

/** Validates a response body against the bundled spec's schema for one operation, status and media type. */
export class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  private readonly id: string;

  constructor(
    vendor: string,
    private readonly document: JsonObject,
  ) {
    this.id = `urn:vendor-sdks:${vendor}`;
    this.ajv.addSchema(document, this.id);
  }

  /** The validation errors, or an empty list when the body matches. */
  validate(operationPointer: string, status: string, mediaType: string, body: unknown): ErrorObject[] {
    const pointer = `${resolvePointer(this.document, operationPointer, "responses", status, "content", mediaType)}/schema`;
    const validate: ValidateFunction = this.ajv.compile({ $ref: `${this.id}#${encodeURI(pointer)}` });
    return validate(body) ? [] : [...(validate.errors ?? [])];
  }
}

import type { WalkedOperation } from "@vendor-sdks/spec-kit/operations/walk-operations";

/** The slice of OpenAPI 3.1 the docs build reads. Bundled specs are plain JSON, so every field is optional. */
export interface OpenApiDocument {
  openapi?: string;
  info?: { title?: string; version?: string; description?: string; [key: string]: unknown };
  servers?: ServerObject[];
  security?: SecurityRequirement[];
  paths?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject | Reference>;
    requestBodies?: Record<string, RequestBodyObject | Reference>;
    examples?: Record<string, ExampleObject | Reference>;
    securitySchemes?: Record<string, SecurityScheme | Reference>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

export interface Reference {
  $ref: string;
}

export interface ServerObject {
  url: string;
  variables?: Record<string, { default: string }>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface SecurityScheme {
  type: "apiKey" | "http" | "oauth2" | "openIdConnect" | "mutualTLS";
  name?: string;
  in?: "header" | "query" | "cookie";
  scheme?: string;
}

/** The methods a path item may hold: the runtime's one list, as the spec kit walks it. */
export type HttpMethod = WalkedOperation["method"];

export type PathItem = { parameters?: (ParameterObject | Reference)[] } & Partial<Record<HttpMethod, OperationObject>>;

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags?: string[];
  security?: SecurityRequirement[];
  parameters?: (ParameterObject | Reference)[];
  requestBody?: RequestBodyObject | Reference;
  responses?: Record<string, ResponseObject | Reference>;
  [key: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | Reference>;
}

export interface RequestBodyObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject | Reference>;
  content?: Record<string, MediaTypeObject>;
}

export interface HeaderObject {
  description?: string;
  required?: boolean;
  schema?: SchemaObject;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | Reference>;
}

export interface ExampleObject {
  value?: unknown;
}

/** A JSON Schema 2020-12 object as OpenAPI 3.1 uses it (only the keywords samples are built from). */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  minimum?: number;
  minItems?: number;
  [key: string]: unknown;
}

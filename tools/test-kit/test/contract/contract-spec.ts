/** A small spec with one operation per kind of success response the contract harness checks. */
export const contractSpec = {
  openapi: "3.1.0",
  info: { title: "Kinds", version: "1" },
  servers: [{ url: "https://api.kinds.test" }],
  paths: {
    "/things/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", example: "t1" } }],
      get: { operationId: "getThing", responses: { "200": { $ref: "#/components/responses/Thing" } } },
      delete: { operationId: "deleteThing", responses: { "204": { description: "Deleted, no content." } } },
    },
    "/notes": {
      get: {
        operationId: "getNote",
        responses: { "200": { description: "A note.", content: { "text/plain": { schema: { type: "string", pattern: "^note:" } } } } },
      },
    },
    "/files": {
      get: {
        operationId: "getFile",
        responses: { "200": { description: "Any file.", content: { "image/*": { schema: { type: "string", format: "binary" } }, "*/*": { schema: { type: "string", format: "binary" } } } } },
      },
    },
    "/problems": {
      get: {
        operationId: "getProblem",
        responses: { "200": { description: "A problem document.", content: { "application/problem+json": { schema: { type: "object", required: ["title"] } } } } },
      },
    },
  },
  components: {
    responses: {
      Thing: {
        description: "A thing.",
        content: { "application/json": { schema: { type: "object", required: ["id"], properties: { id: { type: "string" } } } } },
      },
    },
  },
};

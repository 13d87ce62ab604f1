import { describe, expect, it } from "vitest";
import { diffSpecs } from "../../src/api-diff/diff-specs.ts";
import { RULES, type Finding, type RuleId, type Side } from "../../src/api-diff/rules.ts";

type Doc = Record<string, any>;

/** A small released spec; every case below edits a copy of it. */
const released: Doc = {
  openapi: "3.1.0",
  info: { title: "Bots", version: "1" },
  security: [{ bearer: [] }],
  paths: {
    "/bots": {
      post: {
        operationId: "createBot",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BotInput" } } } },
        responses: {
          "201": { description: "Created", content: { "application/json": { schema: { $ref: "#/components/schemas/Bot" } } } },
          "400": { description: "Bad request", content: { "application/json": { schema: { type: "object" } } } },
        },
      },
    },
    "/bots/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      get: {
        operationId: "getBot",
        parameters: [{ name: "expand", in: "query", schema: { type: "string", enum: ["owner", "tools"] } }],
        responses: { "200": { description: "OK", content: { "application/json": { schema: { $ref: "#/components/schemas/Bot" } } } } },
      },
      delete: { operationId: "deleteBot", responses: { "204": { description: "Deleted" } } },
    },
  },
  webhooks: {
    botArchived: {
      post: {
        operationId: "receiveBotArchived",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Bot" } } } },
        responses: { "200": { description: "Ack" } },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" }, apiKey: { type: "apiKey", in: "header", name: "X-Key" } },
    schemas: {
      BotInput: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string" },
          visibility: { type: "string", enum: ["public", "private"] },
          tags: { type: "array", items: { type: "string" } },
        },
      },
      Bot: {
        type: "object",
        required: ["id", "name"],
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          status: { type: "string", enum: ["active", "archived"] },
          description: { type: "string" },
          owner: { $ref: "#/components/schemas/Owner" },
        },
      },
      Owner: { type: "object", properties: { email: { type: "string" } } },
    },
  },
};

const schemas = (d: Doc) => d.components.schemas;
const getBot = (d: Doc) => d.paths["/bots/{id}"].get;

function diff(edit: (d: Doc) => void, editBefore: (d: Doc) => void = () => {}): Finding[] {
  const before = structuredClone(released);
  editBefore(before);
  const after = structuredClone(before);
  edit(after);
  return diffSpecs(before, after);
}

interface Case {
  rule: RuleId;
  /** Turns the released spec into the one before the change (when the rule needs another starting point). */
  before?: (d: Doc) => void;
  fires: (d: Doc) => void;
  at: [Side, string];
  /** A similar edit that must not fire the rule, and the rule it fires instead (so the edit provably did something). */
  nearMiss: (d: Doc) => void;
  instead: RuleId;
}

const cases: Case[] = [
  {
    rule: "path-removed",
    fires: (d) => delete d.paths["/bots/{id}"],
    at: ["old", "/paths/~1bots~1{id}"],
    nearMiss: (d) => {
      d.paths["/bots/{botId}"] = d.paths["/bots/{id}"];
      delete d.paths["/bots/{id}"];
      d.paths["/bots/{botId}"].parameters[0].name = "botId";
    },
    instead: "parameter-renamed",
  },
  {
    rule: "operation-removed",
    fires: (d) => delete d.paths["/bots/{id}"].delete,
    at: ["old", "/paths/~1bots~1{id}/delete"],
    nearMiss: (d) => (d.paths["/bots/{id}"].delete.deprecated = true),
    instead: "operation-deprecated",
  },
  {
    rule: "operation-id-renamed",
    fires: (d) => (getBot(d).operationId = "fetchBot"),
    at: ["new", "/paths/~1bots~1{id}/get/operationId"],
    nearMiss: (d) => (getBot(d).summary = "Get a bot"),
    instead: "spec-changed",
  },
  {
    rule: "parameter-renamed",
    fires: (d) => (getBot(d).parameters[0].name = "include"),
    at: ["new", "/paths/~1bots~1{id}/get/parameters/0"],
    // Moving a parameter to the path item keeps it on this operation (and adds it to the others).
    nearMiss: (d) => d.paths["/bots/{id}"].parameters.push(getBot(d).parameters.pop()),
    instead: "parameter-added",
  },
  {
    rule: "parameter-newly-required",
    fires: (d) => (getBot(d).parameters[0].required = true),
    at: ["new", "/paths/~1bots~1{id}/get/parameters/0"],
    nearMiss: (d) => getBot(d).parameters.push({ name: "limit", in: "query", schema: { type: "integer" } }),
    instead: "parameter-added",
  },
  {
    rule: "parameter-removed",
    fires: (d) => getBot(d).parameters.pop(),
    at: ["old", "/paths/~1bots~1{id}/get/parameters/0"],
    nearMiss: (d) => (getBot(d).parameters[0].required = false),
    instead: "spec-changed",
  },
  {
    rule: "request-body-newly-required",
    before: (d) => (d.paths["/bots"].post.requestBody.required = false),
    fires: (d) => (d.paths["/bots"].post.requestBody.required = true),
    at: ["new", "/paths/~1bots/post/requestBody"],
    nearMiss: (d) => delete d.paths["/bots"].post.requestBody.required,
    instead: "spec-changed",
  },
  {
    rule: "request-body-removed",
    fires: (d) => delete d.paths["/bots"].post.requestBody,
    at: ["old", "/paths/~1bots/post/requestBody"],
    nearMiss: (d) => (d.paths["/bots"].post.requestBody.required = false),
    instead: "request-body-now-optional",
  },
  {
    rule: "request-field-newly-required",
    fires: (d) => schemas(d).BotInput.required.push("visibility"),
    at: ["new", "/components/schemas/BotInput/required"],
    nearMiss: (d) => (schemas(d).BotInput.properties.color = { type: "string" }),
    instead: "request-field-added",
  },
  {
    rule: "request-field-removed",
    fires: (d) => delete schemas(d).BotInput.properties.tags,
    at: ["old", "/components/schemas/BotInput/properties/tags"],
    nearMiss: (d) => schemas(d).BotInput.required.splice(0, 1),
    instead: "request-field-now-optional",
  },
  {
    rule: "request-enum-narrowed",
    fires: (d) => (schemas(d).BotInput.properties.visibility.enum = ["public"]),
    at: ["new", "/components/schemas/BotInput/properties/visibility"],
    nearMiss: (d) => schemas(d).BotInput.properties.visibility.enum.push("unlisted"),
    instead: "request-enum-widened",
  },
  {
    rule: "request-type-changed",
    fires: (d) => (schemas(d).BotInput.properties.tags.items.type = "integer"),
    at: ["new", "/components/schemas/BotInput/properties/tags/items"],
    nearMiss: (d) => (schemas(d).BotInput.properties.tags.items.type = ["string", "null"]),
    instead: "request-type-widened",
  },
  {
    rule: "response-field-removed",
    fires: (d) => delete schemas(d).Bot.properties.description,
    at: ["old", "/components/schemas/Bot/properties/description"],
    nearMiss: (d) => (schemas(d).Bot.properties.created_at = { type: "string" }),
    instead: "response-field-added",
  },
  {
    rule: "response-field-no-longer-required",
    fires: (d) => (schemas(d).Bot.required = ["id"]),
    at: ["new", "/components/schemas/Bot/properties/name"],
    nearMiss: (d) => schemas(d).Bot.required.push("status"),
    instead: "response-field-newly-required",
  },
  {
    rule: "response-type-changed",
    fires: (d) => (schemas(d).Bot.properties.owner = { anyOf: [{ $ref: "#/components/schemas/Owner" }, { type: "null" }] }),
    at: ["new", "/components/schemas/Bot/properties/owner"],
    nearMiss: (d) => (schemas(d).Owner.type = ["object"]),
    instead: "spec-changed",
  },
  {
    rule: "response-enum-widened",
    fires: (d) => schemas(d).Bot.properties.status.enum.push("deleted"),
    at: ["new", "/components/schemas/Bot/properties/status"],
    nearMiss: (d) => (schemas(d).Bot.properties.status.enum = ["active"]),
    instead: "response-enum-narrowed",
  },
  {
    rule: "security-changed",
    fires: (d) => (getBot(d).security = [{ apiKey: [] }]),
    at: ["new", "/paths/~1bots~1{id}/get/security"],
    // The same requirement stated on the operation instead of inherited is no change for a caller.
    nearMiss: (d) => (getBot(d).security = [{ bearer: [] }]),
    instead: "spec-changed",
  },
  {
    rule: "response-status-removed",
    fires: (d) => delete d.paths["/bots"].post.responses["201"],
    at: ["old", "/paths/~1bots/post/responses/201"],
    nearMiss: (d) => delete d.paths["/bots"].post.responses["400"],
    instead: "error-response-removed",
  },
  {
    rule: "response-media-type-removed",
    fires: (d) => {
      const responses = d.paths["/bots"].post.responses["201"];
      responses.content = { "text/plain": { schema: { type: "string" } } };
    },
    at: ["old", "/paths/~1bots/post/responses/201/content/application~1json"],
    nearMiss: (d) => (d.paths["/bots"].post.responses["201"].content["text/plain"] = { schema: { type: "string" } }),
    instead: "response-media-type-added",
  },
  {
    rule: "request-media-type-removed",
    fires: (d) => {
      const body = d.paths["/bots"].post.requestBody;
      body.content = { "multipart/form-data": body.content["application/json"] };
    },
    at: ["old", "/paths/~1bots/post/requestBody/content/application~1json"],
    nearMiss: (d) => (d.paths["/bots"].post.requestBody.content["multipart/form-data"] = { schema: { type: "object" } }),
    instead: "request-media-type-added",
  },
];

describe("diffSpecs rules", () => {
  it("finds nothing between identical specs", () => {
    expect(diff(() => {})).toEqual([]);
  });

  it("has a case for every breaking rule", () => {
    const breaking = Object.entries(RULES).filter(([, rule]) => rule.breaking).map(([id]) => id);
    expect(cases.map((c) => c.rule).sort()).toEqual(breaking.sort());
  });

  for (const c of cases) {
    it(`${c.rule}: fires, with a pointer into the ${c.at[0]} spec`, () => {
      const findings = diff(c.fires, c.before);
      expect(findings).toContainEqual(expect.objectContaining({ rule: c.rule, side: c.at[0], pointer: c.at[1] }));
      expect(findings.find((f) => f.rule === c.rule)?.breaking).toBe(true);
    });
    it(`${c.rule}: a near miss does not fire it (fires ${c.instead} instead)`, () => {
      const findings = diff(c.nearMiss, c.before);
      expect(findings.map((f) => f.rule)).not.toContain(c.rule);
      expect(findings.map((f) => f.rule)).toContain(c.instead);
      expect(findings.filter((f) => f.breaking && f.rule !== c.instead)).toEqual([]);
    });
  }
});

describe("diffSpecs matching", () => {
  it("reports an added path and operation as non-breaking", () => {
    const findings = diff((d) => {
      d.paths["/tools"] = { get: { operationId: "listTools", responses: { "200": { description: "OK" } } } };
      d.paths["/bots/{id}"].patch = { operationId: "updateBot", responses: { "200": { description: "OK" } } };
    });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "operation-added", breaking: false, side: "new", pointer: "/paths/~1bots~1{id}/patch" }),
      expect.objectContaining({ rule: "path-added", breaking: false, side: "new", pointer: "/paths/~1tools" }),
    ]);
  });

  it("treats a path rename as a removal plus an addition", () => {
    const findings = diff((d) => {
      d.paths["/agents/{id}"] = d.paths["/bots/{id}"];
      delete d.paths["/bots/{id}"];
    });
    expect(findings.map((f) => [f.rule, f.side, f.pointer, f.message])).toEqual([
      ["path-removed", "old", "/paths/~1bots~1{id}", "path /bots/{id} removed, with all its operations"],
      ["path-added", "new", "/paths/~1agents~1{id}", "path /agents/{id} added"],
    ]);
  });

  it("reports a change to a shared schema once, at the schema, whichever operation reaches it", () => {
    const findings = diff((d) => delete schemas(d).Owner.properties.email);
    expect(findings).toEqual([expect.objectContaining({ rule: "response-field-removed", side: "old", pointer: "/components/schemas/Owner/properties/email" })]);
    expect(findings[0]?.message).toContain('field "owner.email"');
  });

  it("compares a webhook payload as something the client reads", () => {
    const findings = diff((d) => {
      d.webhooks.botArchived.post.requestBody.content["application/json"].schema = { $ref: "#/components/schemas/Owner" };
    });
    expect(findings.map((f) => f.rule)).toContain("response-field-removed");
  });

  it("follows allOf members for properties and required fields", () => {
    const findings = diff(
      (d) => schemas(d).BotInput.allOf[1].required.push("tags"),
      (d) => {
        const { required, properties } = schemas(d).BotInput;
        schemas(d).BotInput = { allOf: [{ type: "object", required, properties: { name: properties.name } }, { type: "object", required: [], properties: { tags: properties.tags } }] };
      },
    );
    expect(findings).toEqual([expect.objectContaining({ rule: "request-field-newly-required", pointer: "/components/schemas/BotInput/allOf/1/required" })]);
  });

  it("terminates on recursive schemas and still finds changes inside them", () => {
    const recursive = (d: Doc) => (schemas(d).Owner.properties.children = { type: "array", items: { $ref: "#/components/schemas/Owner" } });
    const findings = diff((d) => (schemas(d).Owner.properties.email.type = "integer"), recursive);
    expect(findings).toEqual([expect.objectContaining({ rule: "response-type-changed", pointer: "/components/schemas/Owner/properties/email" })]);
  });

  it("compares a field made nullable with its non-null member: a type change, not a lifted enum", () => {
    const findings = diff((d) => {
      schemas(d).Status = schemas(d).Bot.properties.status;
      schemas(d).Bot.properties.status = { anyOf: [{ $ref: "#/components/schemas/Status" }, { type: "null" }] };
    });
    expect(findings.map((f) => [f.rule, f.pointer])).toEqual([["response-type-changed", "/components/schemas/Bot/properties/status"]]);
  });

  it("compares a union of constants as one enum", () => {
    const constants = (values: string[]) => ({ oneOf: values.map((v) => ({ const: v })) });
    const findings = diff(
      (d) => (schemas(d).Bot.properties.status = constants(["active", "archived", "deleted"])),
      (d) => (schemas(d).Bot.properties.status = constants(["active", "archived"])),
    );
    expect(findings.map((f) => f.rule)).toEqual(["response-enum-widened"]);
  });

  it("ignores readOnly fields in requests and writeOnly fields in responses", () => {
    const shared = (d: Doc) => {
      d.paths["/bots"].post.requestBody.content["application/json"].schema = { $ref: "#/components/schemas/Bot" };
      schemas(d).Bot.properties.secret = { type: "string", writeOnly: true };
      schemas(d).Bot.properties.id.readOnly = true;
    };
    const findings = diff((d) => {
      schemas(d).Bot.properties.created_at = { type: "string", readOnly: true };
      schemas(d).Bot.required.push("created_at");
      delete schemas(d).Bot.properties.secret;
    }, shared);
    expect(findings.map((f) => f.rule).sort()).toEqual(["request-field-removed", "response-field-added"]);
  });

  it("lists unclassified differences (descriptions, examples) so they still need a release", () => {
    const findings = diff((d) => (schemas(d).Bot.properties.name.description = "Display name."));
    expect(findings).toEqual([{ rule: "spec-changed", breaking: false, side: "new", pointer: "/components/schemas/Bot/properties/name/description", message: expect.any(String) }]);
  });

  it("flags a security scheme whose definition changed, but not one whose description changed", () => {
    expect(diff((d) => (d.components.securitySchemes.apiKey.name = "X-Api-Key"))).toContainEqual(
      expect.objectContaining({ rule: "security-changed", pointer: "/components/securitySchemes/apiKey" }),
    );
    expect(diff((d) => (d.components.securitySchemes.apiKey.description = "Key.")).map((f) => f.rule)).toEqual(["spec-changed"]);
  });

  it("puts breaking findings first", () => {
    const findings = diff((d) => {
      schemas(d).Bot.properties.created_at = { type: "string" };
      delete schemas(d).Bot.properties.description;
    });
    expect(findings.map((f) => f.rule)).toEqual(["response-field-removed", "response-field-added"]);
  });
});

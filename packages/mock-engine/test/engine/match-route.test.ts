import { describe, expect, it } from "vitest";
import { matchRoute, routeTemplate } from "../../src/engine/match-route.js";

const routes = [routeTemplate("/bots", "get"), routeTemplate("/bots/{bot_id}", "get"), routeTemplate("/bots/discover", "get"), routeTemplate("/bots/{bot_id}", "delete")];
const operationOf = (template: string, method: string) => ({ operationId: `${method} ${template}` });

describe("matchRoute", () => {
  it("finds the operation and decodes its path parameters", () => {
    expect(matchRoute(routes, "GET", "/bots/b%201", operationOf)).toMatchObject({ template: "/bots/{bot_id}", method: "get", params: { bot_id: "b 1" }, operationId: "get /bots/{bot_id}" });
  });

  it("prefers a literal segment to a templated one, as OpenAPI routes", () => {
    expect(matchRoute(routes, "GET", "/bots/discover", operationOf)?.template).toBe("/bots/discover");
  });

  it("tells methods apart and matches nothing for an undocumented one or path", () => {
    expect(matchRoute(routes, "DELETE", "/bots/b1", operationOf)?.operationId).toBe("delete /bots/{bot_id}");
    expect(matchRoute(routes, "PATCH", "/bots/b1", operationOf)).toBeUndefined();
    expect(matchRoute(routes, "GET", "/bots/b1/extra", operationOf)).toBeUndefined();
  });

  it("matches a segment that mixes text and a parameter (`{id}.json`), as Prism's router does", () => {
    const mixed = [routeTemplate("/reports/{id}.json", "get")];
    expect(matchRoute(mixed, "GET", "/reports/r7.json", operationOf)).toMatchObject({ template: "/reports/{id}.json", params: { id: "r7" } });
    expect(matchRoute(mixed, "GET", "/reports/r7.xml", operationOf)).toBeUndefined();
  });
});

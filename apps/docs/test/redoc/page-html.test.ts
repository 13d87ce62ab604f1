import { describe, expect, it } from "vitest";
import { REDOC_STATE_ID, renderRedocPage } from "../../src/redoc/page-html.ts";
import { pageDefinition } from "../../src/redoc/page-definition.ts";

const page = renderRedocPage({
  title: "Acme <API> reference",
  prerendered: { html: "<h1>Acme</h1>", styleTags: "<style>h1{}</style>", state: { spec: { data: { info: { description: "Ends a script: </script><script>alert(1)</script>" } } } } },
  script: { src: "../assets/redoc.standalone.0123456789.js", integrity: "sha384-abc" },
  markdownHref: "index.md",
});

describe("renderRedocPage", () => {
  it("puts the server-rendered markup in #redoc and loads the bundle deferred, with its integrity", () => {
    expect(page).toContain('<div id="redoc"><h1>Acme</h1></div>');
    expect(page).toContain('<script defer src="../assets/redoc.standalone.0123456789.js" integrity="sha384-abc"></script>');
    expect(page).toContain("<title>Acme &lt;API&gt; reference</title>");
    expect(page).toContain('<link rel="alternate" type="text/markdown" href="index.md"');
  });

  it("embeds the hydration state as JSON that no spec text can break out of", () => {
    const stateScript = new RegExp(`<script type="application/json" id="${REDOC_STATE_ID}">(.*?)</script>`, "s").exec(page)?.[1] ?? "";
    expect(stateScript).not.toContain("<");
    expect(pageDefinition(page).info?.description).toBe("Ends a script: </script><script>alert(1)</script>");
  });

  it("hydrates after the deferred bundle has run", () => {
    const module = page.indexOf('<script type="module">');
    expect(module).toBeGreaterThan(page.indexOf("<script defer"));
    expect(page.slice(module)).toContain(`Redoc.hydrate(JSON.parse(document.getElementById("${REDOC_STATE_ID}").textContent), document.getElementById("redoc"));`);
  });
});

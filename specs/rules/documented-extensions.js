// Redocly plugin: the rule `vendor-sdks/documented-extension` fails on any `x-` extension that specs/EXTENSIONS.md
// does not list, so that file stays the complete list of extensions and who reads them. Plain JS because Redocly
// loads plugins itself, without a TypeScript loader.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const EXTENSIONS_FILE = fileURLToPath(new URL("../EXTENSIONS.md", import.meta.url));

/** Extension names from the first column of the tables in EXTENSIONS.md: rows that start with "| `x-…` |". */
function listedExtensions(markdown) {
  return new Set([...markdown.matchAll(/^\|\s*`(x-[A-Za-z0-9_.-]+)`\s*\|/gm)].map((m) => m[1]));
}

function DocumentedExtension() {
  const listed = listedExtensions(readFileSync(EXTENSIONS_FILE, "utf8"));
  return {
    any: {
      enter(node, ctx) {
        if (node === null || typeof node !== "object" || Array.isArray(node)) return;
        // A map (paths, responses, headers, …) has names, not extensions, for keys; only typed objects carry them.
        if (ctx.type.additionalProperties !== undefined) return;
        for (const key of Object.keys(node)) {
          if (!key.toLowerCase().startsWith("x-") || Object.hasOwn(ctx.type.properties ?? {}, key) || listed.has(key)) continue;
          ctx.report({
            message: `\`${key}\` is not listed in specs/EXTENSIONS.md: document it there (where it goes, what it holds, who reads it) or remove it.`,
            location: ctx.location.child([key]).key(),
          });
        }
      },
    },
  };
}

export default function documentedExtensionsPlugin() {
  return {
    id: "vendor-sdks",
    rules: {
      oas3: { "documented-extension": DocumentedExtension },
    },
  };
}

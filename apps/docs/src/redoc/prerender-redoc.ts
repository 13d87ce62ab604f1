import { createRequire } from "node:module";
import type { OpenApiDocument } from "../spec/openapi-types.ts";
import type { RedocOptions } from "./redoc-options.ts";

const require = createRequire(import.meta.url);

/** The few entry points of `redoc`, React and styled-components the pre-render calls (they ship no usable ESM types). */
interface RedocLibrary {
  createStore(spec: object, specUrl: string | undefined, options: RedocOptions): Promise<RedocStore>;
  Redoc: unknown;
}
interface RedocStore {
  toJS(): Promise<unknown>;
  /** In Node, the search "worker" is an in-process object over one module-level lunr index. */
  search?: { searchWorker?: { dispose?: () => Promise<void> } };
}
interface ReactLibrary {
  createElement(type: unknown, props: Record<string, unknown>): unknown;
}
interface ReactDomServer {
  renderToString(element: unknown): string;
}
interface StyledComponents {
  ServerStyleSheet: new () => { collectStyles(element: unknown): unknown; getStyleTags(): string; seal(): void };
}

export interface PrerenderedRedoc {
  /** Redoc's markup for the whole spec: every operation, its parameters and responses, readable without JavaScript. */
  readonly html: string;
  /** The `<style>` tags styled-components collected while rendering `html`. */
  readonly styleTags: string;
  /** What `Redoc.hydrate(state, element)` needs: the spec, the options, the menu and the search index. */
  readonly state: unknown;
}

/**
 * Render a spec with the `redoc` package on the server, as Redoc's own SSR does: the page shows everything before
 * any script runs, and the standalone bundle of the same package hydrates it (same React, same styled-components,
 * same options, so the markup matches).
 */
export async function prerenderRedoc(doc: OpenApiDocument, options: RedocOptions): Promise<PrerenderedRedoc> {
  const react = require("react") as ReactLibrary;
  const { renderToString } = require("react-dom/server") as ReactDomServer;
  const { ServerStyleSheet } = require("styled-components") as StyledComponents;
  const redoc = require("redoc") as RedocLibrary;

  const store = await redoc.createStore(doc, undefined, options);
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(react.createElement(redoc.Redoc, { store })));
    return { html, styleTags: sheet.getStyleTags(), state: await store.toJS() };
  } finally {
    sheet.seal();
    await resetSearchIndex(store);
  }
}

/**
 * In Node, Redoc's search "worker" is one module-level index for the whole process, built once: the next page
 * would be added to this page's finished index and ship it, and search would fail in the browser. Reset it the
 * way `AppStore.dispose()` does (which cannot run here: it also terminates a Web Worker there is none of).
 */
async function resetSearchIndex(store: RedocStore): Promise<void> {
  const dispose = store.search?.searchWorker?.dispose;
  if (typeof dispose !== "function") {
    throw new Error("Redoc's server-side search index has no dispose(): the redoc package changed; update src/redoc/prerender-redoc.ts.");
  }
  await dispose.call(store.search?.searchWorker);
}

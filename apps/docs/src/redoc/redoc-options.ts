import { SPEC_DOWNLOADS } from "../site/site-layout.ts";

/** The Redoc options every page is rendered and hydrated with (the slice of Redoc's `RedocRawOptions` we set). */
export interface RedocOptions {
  readonly downloadUrls: readonly { readonly title: string; readonly url: string }[];
  readonly showWebhookVerb: boolean;
}

/**
 * Download links point at the byte copies of the bundle beside the page. Redoc's default download is a `blob:`
 * URL built in the browser only, so the server-rendered markup would lack the link and hydration would fail.
 */
export function redocOptions(): RedocOptions {
  return {
    downloadUrls: SPEC_DOWNLOADS.map((file) => ({ title: file, url: file })),
    showWebhookVerb: true,
  };
}

import { REDOC_STATE_ID } from "./page-html.ts";
import type { OpenApiDocument } from "../spec/openapi-types.ts";

/** The spec a built Redoc page renders: `spec.data` of the hydration state the page embeds as JSON. */
export function pageDefinition(html: string): OpenApiDocument {
  const match = new RegExp(`<script type="application/json" id="${REDOC_STATE_ID}">(.*?)</script>`, "s").exec(html);
  if (!match) throw new Error(`No #${REDOC_STATE_ID} script in the page: is it a pre-rendered Redoc page?`);
  const state = JSON.parse(match[1]!) as { spec?: { data?: OpenApiDocument } };
  if (!state.spec?.data) throw new Error(`#${REDOC_STATE_ID} has no spec.data: Redoc's state format changed.`);
  return state.spec.data;
}

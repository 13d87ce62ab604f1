/**
 * Generated from specs/hyponema/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { SpecInfo } from "@vendor-sdks/runtime";

export const specInfo = {
  "title": "Hyponema API",
  "security": [
    [
      "bearerAuth"
    ]
  ],
  "version": "2026-beta",
  "defaultBaseUrl": "https://api.hyponema.ai",
  "securitySchemes": {
    "bearerAuth": {
      "type": "http",
      "scheme": "bearer"
    }
  },
  "envelope": null,
  "rateLimitHeaders": null
} as const satisfies SpecInfo;

/** The client package's own name and version (sent in the User-Agent). */
export const packageInfo = {"name":"@vendor-sdks/hyponema","version":"0.1.0"} as const;

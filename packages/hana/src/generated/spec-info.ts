/**
 * Generated from specs/hana/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { SpecInfo } from "@vendor-sdks/runtime";

export const specInfo = {
  "title": "Hana API",
  "security": [
    [
      "apiKey"
    ]
  ],
  "version": "1.0.0",
  "defaultBaseUrl": "https://hana-api.hanabitech.com/v1/expose-api",
  "securitySchemes": {
    "apiKey": {
      "type": "apiKey",
      "in": "header",
      "name": "X-API-KEY",
      "prefix": "HANA-"
    }
  },
  "envelope": {
    "data": "/content"
  },
  "rateLimitHeaders": null
} as const satisfies SpecInfo;

/** The client package's own name and version (sent in the User-Agent). */
export const packageInfo = {"name":"@vendor-sdks/hana","version":"0.1.0"} as const;

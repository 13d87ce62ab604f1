/**
 * Generated from specs/hapi/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { SpecInfo } from "@vendor-sdks/runtime";

export const specInfo = {
  "title": "HAPI Hub API",
  "security": [
    [
      "bearerJwt"
    ]
  ],
  "version": "0.0.0-be1ef2a2",
  "defaultBaseUrl": "http://127.0.0.1:3006",
  "securitySchemes": {
    "bearerJwt": {
      "type": "http",
      "scheme": "bearer"
    },
    "jwtQuery": {
      "type": "apiKey",
      "in": "query",
      "name": "token"
    }
  },
  "envelope": {
    "error": "/error",
    "code": "/code"
  },
  "rateLimitHeaders": null
} as const satisfies SpecInfo;

/** The client package's own name and version (sent in the User-Agent). */
export const packageInfo = {"name":"@vendor-sdks/hapi","version":"0.1.0"} as const;

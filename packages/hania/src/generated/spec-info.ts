/**
 * Generated from specs/hania/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { SpecInfo } from "@vendor-sdks/runtime";

export const specInfo = {
  "title": "Hania API",
  "security": [
    [
      "bearerAuth"
    ]
  ],
  "version": "v1",
  "defaultBaseUrl": "https://app.hania.ai/api/v1",
  "securitySchemes": {
    "bearerAuth": {
      "type": "http",
      "scheme": "bearer"
    }
  },
  "envelope": {
    "data": "/data",
    "error": "/error",
    "code": "/code"
  },
  "rateLimitHeaders": {
    "limit": "X-RateLimit-Limit",
    "remaining": "X-RateLimit-Remaining",
    "used": "X-RateLimit-Used",
    "reset": "X-RateLimit-Reset"
  }
} as const satisfies SpecInfo;

/** The client package's own name and version (sent in the User-Agent). */
export const packageInfo = {"name":"@vendor-sdks/hania","version":"0.1.0"} as const;

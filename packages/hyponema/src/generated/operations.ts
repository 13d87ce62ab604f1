/**
 * Generated from specs/hyponema/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operationTable = {
  "createSession": {
    "method": "post",
    "path": "/sessions"
  },
  "getSession": {
    "method": "get",
    "path": "/sessions/{session_id}"
  },
  "endSession": {
    "method": "post",
    "path": "/sessions/{session_id}/end"
  },
  "sendChatMessage": {
    "method": "post",
    "path": "/sessions/{session_id}/messages",
    "streaming": true,
    "streamEvents": {
      "terminal": [
        "turn_end"
      ],
      "error": [
        "error"
      ]
    }
  },
  "listWebhookEndpoints": {
    "method": "get",
    "path": "/workspaces/{ws}/webhooks"
  },
  "createWebhookEndpoint": {
    "method": "post",
    "path": "/workspaces/{ws}/webhooks"
  },
  "listWebhookDeliveries": {
    "method": "get",
    "path": "/workspaces/{ws}/webhooks/{endpoint_id}/deliveries"
  },
  "uploadKnowledgeSource": {
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/upload"
  },
  "createInlineKnowledgeSource": {
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/inline"
  },
  "getKnowledgeSource": {
    "method": "get",
    "path": "/workspaces/{ws}/knowledge-base/sources/{source_id}"
  },
  "listPhoneNumbers": {
    "method": "get",
    "path": "/workspaces/{ws}/phone-numbers"
  },
  "createPhoneNumber": {
    "method": "post",
    "path": "/workspaces/{ws}/phone-numbers"
  },
  "createSchedule": {
    "method": "post",
    "path": "/workspaces/{ws}/schedules"
  },
  "setDefaultListeningProfile": {
    "method": "post",
    "path": "/workspaces/{ws}/agents/{agent_id}/listening-profiles/{id}/set-default"
  },
  "listBillingPlans": {
    "method": "get",
    "path": "/workspaces/{ws}/billing/plans"
  },
  "getBillingEntitlements": {
    "method": "get",
    "path": "/workspaces/{ws}/billing/entitlements"
  },
  "createCheckoutSession": {
    "method": "post",
    "path": "/workspaces/{ws}/billing/checkout-session"
  },
  "startDsarExport": {
    "method": "post",
    "path": "/workspaces/{ws}/users/{user_id}/export"
  },
  "getDsarExport": {
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}"
  },
  "downloadDsarExport": {
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}/download"
  },
  "listAuditLog": {
    "method": "get",
    "path": "/workspaces/{ws}/audit-log"
  },
  "createDataset": {
    "method": "post",
    "path": "/workspaces/{ws}/datasets"
  },
  "addDatasetRows": {
    "method": "post",
    "path": "/workspaces/{ws}/datasets/{slug}/rows:bulk"
  },
  "createScorer": {
    "method": "post",
    "path": "/workspaces/{ws}/scorers"
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operationTable;

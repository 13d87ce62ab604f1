/**
 * Generated from specs/hyponema/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "createSession": {
    "operationId": "createSession",
    "method": "post",
    "path": "/sessions",
    "successStatus": 200
  },
  "getSession": {
    "operationId": "getSession",
    "method": "get",
    "path": "/sessions/{session_id}",
    "successStatus": 200
  },
  "endSession": {
    "operationId": "endSession",
    "method": "post",
    "path": "/sessions/{session_id}/end",
    "successStatus": 200
  },
  "sendChatMessage": {
    "operationId": "sendChatMessage",
    "method": "post",
    "path": "/sessions/{session_id}/messages",
    "successStatus": 200,
    "streaming": true
  },
  "listWebhookEndpoints": {
    "operationId": "listWebhookEndpoints",
    "method": "get",
    "path": "/workspaces/{ws}/webhooks",
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ]
  },
  "createWebhookEndpoint": {
    "operationId": "createWebhookEndpoint",
    "method": "post",
    "path": "/workspaces/{ws}/webhooks",
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ]
  },
  "listWebhookDeliveries": {
    "operationId": "listWebhookDeliveries",
    "method": "get",
    "path": "/workspaces/{ws}/webhooks/{endpoint_id}/deliveries",
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ]
  },
  "uploadKnowledgeSource": {
    "operationId": "uploadKnowledgeSource",
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/upload",
    "successStatus": 202
  },
  "createInlineKnowledgeSource": {
    "operationId": "createInlineKnowledgeSource",
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/inline",
    "successStatus": 202
  },
  "getKnowledgeSource": {
    "operationId": "getKnowledgeSource",
    "method": "get",
    "path": "/workspaces/{ws}/knowledge-base/sources/{source_id}",
    "successStatus": 200
  },
  "listPhoneNumbers": {
    "operationId": "listPhoneNumbers",
    "method": "get",
    "path": "/workspaces/{ws}/phone-numbers",
    "successStatus": 200
  },
  "createPhoneNumber": {
    "operationId": "createPhoneNumber",
    "method": "post",
    "path": "/workspaces/{ws}/phone-numbers",
    "successStatus": 200
  },
  "createSchedule": {
    "operationId": "createSchedule",
    "method": "post",
    "path": "/workspaces/{ws}/schedules",
    "successStatus": 200
  },
  "setDefaultListeningProfile": {
    "operationId": "setDefaultListeningProfile",
    "method": "post",
    "path": "/workspaces/{ws}/agents/{agent_id}/listening-profiles/{id}/set-default",
    "successStatus": 200
  },
  "listBillingPlans": {
    "operationId": "listBillingPlans",
    "method": "get",
    "path": "/workspaces/{ws}/billing/plans",
    "successStatus": 200
  },
  "getBillingEntitlements": {
    "operationId": "getBillingEntitlements",
    "method": "get",
    "path": "/workspaces/{ws}/billing/entitlements",
    "successStatus": 200
  },
  "createCheckoutSession": {
    "operationId": "createCheckoutSession",
    "method": "post",
    "path": "/workspaces/{ws}/billing/checkout-session",
    "successStatus": 200
  },
  "startDsarExport": {
    "operationId": "startDsarExport",
    "method": "post",
    "path": "/workspaces/{ws}/users/{user_id}/export",
    "successStatus": 200
  },
  "getDsarExport": {
    "operationId": "getDsarExport",
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}",
    "successStatus": 200
  },
  "downloadDsarExport": {
    "operationId": "downloadDsarExport",
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}/download",
    "successStatus": 200
  },
  "listAuditLog": {
    "operationId": "listAuditLog",
    "method": "get",
    "path": "/workspaces/{ws}/audit-log",
    "successStatus": 200
  },
  "createDataset": {
    "operationId": "createDataset",
    "method": "post",
    "path": "/workspaces/{ws}/datasets",
    "successStatus": 200
  },
  "addDatasetRows": {
    "operationId": "addDatasetRows",
    "method": "post",
    "path": "/workspaces/{ws}/datasets/{slug}/rows:bulk",
    "successStatus": 200
  },
  "createScorer": {
    "operationId": "createScorer",
    "method": "post",
    "path": "/workspaces/{ws}/scorers",
    "successStatus": 200
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

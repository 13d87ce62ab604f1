/**
 * Generated from specs/hyponema/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "createSession": {
    "operationId": "createSession",
    "method": "post",
    "path": "/sessions",
    "summary": "Create a session",
    "tags": [
      "Sessions"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getSession": {
    "operationId": "getSession",
    "method": "get",
    "path": "/sessions/{session_id}",
    "summary": "Get a session",
    "tags": [
      "Sessions"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "endSession": {
    "operationId": "endSession",
    "method": "post",
    "path": "/sessions/{session_id}/end",
    "summary": "End a session",
    "tags": [
      "Sessions"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "sendChatMessage": {
    "operationId": "sendChatMessage",
    "method": "post",
    "path": "/sessions/{session_id}/messages",
    "summary": "Send a chat message (SSE)",
    "tags": [
      "Chat"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": true,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "listWebhookEndpoints": {
    "operationId": "listWebhookEndpoints",
    "method": "get",
    "path": "/workspaces/{ws}/webhooks",
    "summary": "List webhook endpoints",
    "tags": [
      "Webhooks"
    ],
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createWebhookEndpoint": {
    "operationId": "createWebhookEndpoint",
    "method": "post",
    "path": "/workspaces/{ws}/webhooks",
    "summary": "Create a webhook endpoint",
    "tags": [
      "Webhooks"
    ],
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "listWebhookDeliveries": {
    "operationId": "listWebhookDeliveries",
    "method": "get",
    "path": "/workspaces/{ws}/webhooks/{endpoint_id}/deliveries",
    "summary": "List recent delivery attempts",
    "tags": [
      "Webhooks"
    ],
    "successStatus": 200,
    "abilities": [
      "webhooks:admin"
    ],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "uploadKnowledgeSource": {
    "operationId": "uploadKnowledgeSource",
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/upload",
    "summary": "Upload a knowledge source file",
    "tags": [
      "Knowledge base"
    ],
    "successStatus": 202,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "multipart/form-data"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createInlineKnowledgeSource": {
    "operationId": "createInlineKnowledgeSource",
    "method": "post",
    "path": "/workspaces/{ws}/knowledge-base/sources/inline",
    "summary": "Create an inline knowledge source",
    "tags": [
      "Knowledge base"
    ],
    "successStatus": 202,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getKnowledgeSource": {
    "operationId": "getKnowledgeSource",
    "method": "get",
    "path": "/workspaces/{ws}/knowledge-base/sources/{source_id}",
    "summary": "Get a knowledge source",
    "tags": [
      "Knowledge base"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "listPhoneNumbers": {
    "operationId": "listPhoneNumbers",
    "method": "get",
    "path": "/workspaces/{ws}/phone-numbers",
    "summary": "List phone numbers",
    "tags": [
      "Phone numbers"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createPhoneNumber": {
    "operationId": "createPhoneNumber",
    "method": "post",
    "path": "/workspaces/{ws}/phone-numbers",
    "summary": "Add a phone number",
    "tags": [
      "Phone numbers"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createSchedule": {
    "operationId": "createSchedule",
    "method": "post",
    "path": "/workspaces/{ws}/schedules",
    "summary": "Create a schedule",
    "tags": [
      "Schedules"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "setDefaultListeningProfile": {
    "operationId": "setDefaultListeningProfile",
    "method": "post",
    "path": "/workspaces/{ws}/agents/{agent_id}/listening-profiles/{id}/set-default",
    "summary": "Make a listening profile the agent's default",
    "tags": [
      "Listening profiles"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "listBillingPlans": {
    "operationId": "listBillingPlans",
    "method": "get",
    "path": "/workspaces/{ws}/billing/plans",
    "summary": "List billing plans",
    "tags": [
      "Billing"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getBillingEntitlements": {
    "operationId": "getBillingEntitlements",
    "method": "get",
    "path": "/workspaces/{ws}/billing/entitlements",
    "summary": "Get billing entitlements",
    "tags": [
      "Billing"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createCheckoutSession": {
    "operationId": "createCheckoutSession",
    "method": "post",
    "path": "/workspaces/{ws}/billing/checkout-session",
    "summary": "Create a Stripe checkout session",
    "tags": [
      "Billing"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "startDsarExport": {
    "operationId": "startDsarExport",
    "method": "post",
    "path": "/workspaces/{ws}/users/{user_id}/export",
    "summary": "Start a DSAR export for a user",
    "tags": [
      "Compliance"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getDsarExport": {
    "operationId": "getDsarExport",
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}",
    "summary": "Get a DSAR export",
    "tags": [
      "Compliance"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "downloadDsarExport": {
    "operationId": "downloadDsarExport",
    "method": "get",
    "path": "/workspaces/{ws}/dsar-exports/{export_id}/download",
    "summary": "Get a DSAR export download link",
    "tags": [
      "Compliance"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "listAuditLog": {
    "operationId": "listAuditLog",
    "method": "get",
    "path": "/workspaces/{ws}/audit-log",
    "summary": "List audit log entries",
    "tags": [
      "Audit log"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createDataset": {
    "operationId": "createDataset",
    "method": "post",
    "path": "/workspaces/{ws}/datasets",
    "summary": "Create a dataset",
    "tags": [
      "Evaluations"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "addDatasetRows": {
    "operationId": "addDatasetRows",
    "method": "post",
    "path": "/workspaces/{ws}/datasets/{slug}/rows:bulk",
    "summary": "Add dataset rows in bulk",
    "tags": [
      "Evaluations"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "createScorer": {
    "operationId": "createScorer",
    "method": "post",
    "path": "/workspaces/{ws}/scorers",
    "summary": "Create a scorer",
    "tags": [
      "Evaluations"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

/**
 * Generated from specs/hana/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "validateApiKey": {
    "operationId": "validateApiKey",
    "method": "get",
    "path": "/test",
    "summary": "Validate the API key",
    "tags": [
      "Account"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createChatCompletion": {
    "operationId": "createChatCompletion",
    "method": "post",
    "path": "/chat/completion",
    "summary": "Create a chat completion request",
    "tags": [
      "Chat"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listCompletionStatuses": {
    "operationId": "listCompletionStatuses",
    "method": "get",
    "path": "/chat/statuses",
    "summary": "Get completion statuses",
    "tags": [
      "Chat"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createGoogleChatMessage": {
    "operationId": "createGoogleChatMessage",
    "method": "post",
    "path": "/chat/create-google-chat-message",
    "summary": "Post a Google Chat message as Hana",
    "tags": [
      "Chat"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listReportGroups": {
    "operationId": "listReportGroups",
    "method": "get",
    "path": "/report-groups",
    "summary": "List report groups",
    "tags": [
      "Report groups"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createReportMessage": {
    "operationId": "createReportMessage",
    "method": "post",
    "path": "/report-groups/report-messages",
    "summary": "Add a message to a report group",
    "tags": [
      "Report groups"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listReportMessages": {
    "operationId": "listReportMessages",
    "method": "get",
    "path": "/report-groups/{reportGroupId}/report-messages",
    "summary": "List a report group's messages",
    "tags": [
      "Report groups"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listSpaces": {
    "operationId": "listSpaces",
    "method": "get",
    "path": "/spaces",
    "summary": "List Google Chat spaces",
    "tags": [
      "Spaces"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listUsers": {
    "operationId": "listUsers",
    "method": "get",
    "path": "/users",
    "summary": "List users",
    "tags": [
      "Users"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "getUser": {
    "operationId": "getUser",
    "method": "get",
    "path": "/users/{userId}",
    "summary": "Get a user",
    "tags": [
      "Users"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createMemoryBatch": {
    "operationId": "createMemoryBatch",
    "method": "post",
    "path": "/memory",
    "summary": "Create a text memory",
    "tags": [
      "Memory"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listMemoryBatches": {
    "operationId": "listMemoryBatches",
    "method": "get",
    "path": "/memory/batches",
    "summary": "List memory batches",
    "tags": [
      "Memory"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      },
      "defaultPerPage": 10,
      "maxPerPage": 100
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "getMemoryBatch": {
    "operationId": "getMemoryBatch",
    "method": "get",
    "path": "/memory/{batchId}",
    "summary": "Get a memory batch",
    "tags": [
      "Memory"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "deleteMemoryBatch": {
    "operationId": "deleteMemoryBatch",
    "method": "delete",
    "path": "/memory/{batchId}",
    "summary": "Delete a memory batch",
    "tags": [
      "Memory"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "getUrlContent": {
    "operationId": "getUrlContent",
    "method": "get",
    "path": "/get-url-content",
    "summary": "Read a web page",
    "tags": [
      "Web"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createTask": {
    "operationId": "createTask",
    "method": "post",
    "path": "/tasks",
    "summary": "Create a task",
    "tags": [
      "Tasks"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "getOrganization": {
    "operationId": "getOrganization",
    "method": "get",
    "path": "/organization",
    "summary": "Get the organization",
    "tags": [
      "Organization"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "listApprovals": {
    "operationId": "listApprovals",
    "method": "get",
    "path": "/approval",
    "summary": "List approvals",
    "tags": [
      "Approvals"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      }
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  },
  "createApproval": {
    "operationId": "createApproval",
    "method": "post",
    "path": "/approval/create-approval",
    "summary": "Create an approval request",
    "tags": [
      "Approvals"
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
        "apiKey"
      ]
    ],
    "safe": false
  },
  "getApproval": {
    "operationId": "getApproval",
    "method": "get",
    "path": "/approval/{approvalId}",
    "summary": "Get an approval",
    "tags": [
      "Approvals"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "apiKey"
      ]
    ],
    "safe": false
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

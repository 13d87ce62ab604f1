/**
 * Generated from specs/hana/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "validateApiKey": {
    "operationId": "validateApiKey",
    "method": "get",
    "path": "/test",
    "successStatus": 200
  },
  "createChatCompletion": {
    "operationId": "createChatCompletion",
    "method": "post",
    "path": "/chat/completion",
    "successStatus": 200
  },
  "listCompletionStatuses": {
    "operationId": "listCompletionStatuses",
    "method": "get",
    "path": "/chat/statuses",
    "successStatus": 200,
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
    }
  },
  "createGoogleChatMessage": {
    "operationId": "createGoogleChatMessage",
    "method": "post",
    "path": "/chat/create-google-chat-message",
    "successStatus": 200
  },
  "listReportGroups": {
    "operationId": "listReportGroups",
    "method": "get",
    "path": "/report-groups",
    "successStatus": 200,
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
    }
  },
  "createReportMessage": {
    "operationId": "createReportMessage",
    "method": "post",
    "path": "/report-groups/report-messages",
    "successStatus": 200
  },
  "listReportMessages": {
    "operationId": "listReportMessages",
    "method": "get",
    "path": "/report-groups/{reportGroupId}/report-messages",
    "successStatus": 200,
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
    }
  },
  "listSpaces": {
    "operationId": "listSpaces",
    "method": "get",
    "path": "/spaces",
    "successStatus": 200,
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
    }
  },
  "listUsers": {
    "operationId": "listUsers",
    "method": "get",
    "path": "/users",
    "successStatus": 200,
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
    }
  },
  "getUser": {
    "operationId": "getUser",
    "method": "get",
    "path": "/users/{userId}",
    "successStatus": 200
  },
  "createMemoryBatch": {
    "operationId": "createMemoryBatch",
    "method": "post",
    "path": "/memory",
    "successStatus": 200
  },
  "listMemoryBatches": {
    "operationId": "listMemoryBatches",
    "method": "get",
    "path": "/memory/batches",
    "successStatus": 200,
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
    }
  },
  "getMemoryBatch": {
    "operationId": "getMemoryBatch",
    "method": "get",
    "path": "/memory/{batchId}",
    "successStatus": 200
  },
  "deleteMemoryBatch": {
    "operationId": "deleteMemoryBatch",
    "method": "delete",
    "path": "/memory/{batchId}",
    "successStatus": 200
  },
  "getUrlContent": {
    "operationId": "getUrlContent",
    "method": "get",
    "path": "/get-url-content",
    "successStatus": 200
  },
  "createTask": {
    "operationId": "createTask",
    "method": "post",
    "path": "/tasks",
    "successStatus": 200
  },
  "getOrganization": {
    "operationId": "getOrganization",
    "method": "get",
    "path": "/organization",
    "successStatus": 200
  },
  "listApprovals": {
    "operationId": "listApprovals",
    "method": "get",
    "path": "/approval",
    "successStatus": 200,
    "pagination": {
      "style": "page",
      "pageParam": "page",
      "perPageParam": "per_page",
      "firstPage": 1,
      "items": "/content/data",
      "total": {
        "pointer": "/content/totalCount"
      }
    }
  },
  "createApproval": {
    "operationId": "createApproval",
    "method": "post",
    "path": "/approval/create-approval",
    "successStatus": 200
  },
  "getApproval": {
    "operationId": "getApproval",
    "method": "get",
    "path": "/approval/{approvalId}",
    "successStatus": 200
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

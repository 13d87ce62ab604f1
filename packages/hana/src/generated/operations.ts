/**
 * Generated from specs/hana/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operationTable = {
  "validateApiKey": {
    "method": "get",
    "path": "/test"
  },
  "createChatCompletion": {
    "method": "post",
    "path": "/chat/completion"
  },
  "listCompletionStatuses": {
    "method": "get",
    "path": "/chat/statuses",
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
    "method": "post",
    "path": "/chat/create-google-chat-message"
  },
  "listReportGroups": {
    "method": "get",
    "path": "/report-groups",
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
    "method": "post",
    "path": "/report-groups/report-messages"
  },
  "listReportMessages": {
    "method": "get",
    "path": "/report-groups/{reportGroupId}/report-messages",
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
    "method": "get",
    "path": "/spaces",
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
    "method": "get",
    "path": "/users",
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
    "method": "get",
    "path": "/users/{userId}"
  },
  "createMemoryBatch": {
    "method": "post",
    "path": "/memory"
  },
  "listMemoryBatches": {
    "method": "get",
    "path": "/memory/batches",
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
    "method": "get",
    "path": "/memory/{batchId}"
  },
  "deleteMemoryBatch": {
    "method": "delete",
    "path": "/memory/{batchId}"
  },
  "getUrlContent": {
    "method": "get",
    "path": "/get-url-content"
  },
  "createTask": {
    "method": "post",
    "path": "/tasks"
  },
  "getOrganization": {
    "method": "get",
    "path": "/organization"
  },
  "listApprovals": {
    "method": "get",
    "path": "/approval",
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
    "method": "post",
    "path": "/approval/create-approval"
  },
  "getApproval": {
    "method": "get",
    "path": "/approval/{approvalId}"
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operationTable;

/**
 * Generated from specs/hania/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operationTable = {
  "sendChatMessage": {
    "method": "post",
    "path": "/chat/send"
  },
  "streamChatMessage": {
    "method": "post",
    "path": "/chat/send-stream",
    "streaming": true
  },
  "listBots": {
    "method": "get",
    "path": "/bots"
  },
  "createBot": {
    "method": "post",
    "path": "/bots"
  },
  "discoverBot": {
    "method": "post",
    "path": "/bots/discover",
    "streaming": true
  },
  "getBot": {
    "method": "get",
    "path": "/bots/{id}"
  },
  "updateBot": {
    "method": "put",
    "path": "/bots/{id}"
  },
  "deleteBot": {
    "method": "delete",
    "path": "/bots/{id}"
  },
  "setBotMetadata": {
    "method": "patch",
    "path": "/bots/{id}/metadata"
  },
  "listPostCallHooks": {
    "method": "get",
    "path": "/bots/{botID}/post-call-hooks"
  },
  "createPostCallHook": {
    "method": "post",
    "path": "/bots/{botID}/post-call-hooks"
  },
  "updatePostCallHook": {
    "method": "put",
    "path": "/bots/{botID}/post-call-hooks/{hookID}"
  },
  "deletePostCallHook": {
    "method": "delete",
    "path": "/bots/{botID}/post-call-hooks/{hookID}"
  },
  "triggerAgent": {
    "method": "post",
    "path": "/agents/{id}/trigger"
  },
  "listTools": {
    "method": "get",
    "path": "/tools"
  },
  "createTool": {
    "method": "post",
    "path": "/tools"
  },
  "getToolCatalog": {
    "method": "get",
    "path": "/tools/catalog"
  },
  "listBotTools": {
    "method": "get",
    "path": "/tools/bot"
  },
  "assignTools": {
    "method": "post",
    "path": "/tools/assign"
  },
  "discoverTool": {
    "method": "post",
    "path": "/tools/discover",
    "streaming": true
  },
  "getTool": {
    "method": "get",
    "path": "/tools/{id}"
  },
  "updateTool": {
    "method": "put",
    "path": "/tools/{id}"
  },
  "deleteTool": {
    "method": "delete",
    "path": "/tools/{id}"
  },
  "testTool": {
    "method": "post",
    "path": "/tools/{id}/test"
  },
  "listKnowledge": {
    "method": "get",
    "path": "/knowledge"
  },
  "createKnowledge": {
    "method": "post",
    "path": "/knowledge"
  },
  "getKnowledgeStats": {
    "method": "get",
    "path": "/knowledge/stats"
  },
  "getKnowledge": {
    "method": "get",
    "path": "/knowledge/{id}"
  },
  "deleteKnowledge": {
    "method": "delete",
    "path": "/knowledge/{id}"
  },
  "listMemories": {
    "method": "get",
    "path": "/memories",
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "items": "/data",
      "defaultLimit": 50,
      "maxLimit": 100
    }
  },
  "getMemoryStats": {
    "method": "get",
    "path": "/memories/stats"
  },
  "getMemory": {
    "method": "get",
    "path": "/memories/{id}"
  },
  "updateMemory": {
    "method": "put",
    "path": "/memories/{id}"
  },
  "deleteMemory": {
    "method": "delete",
    "path": "/memories/{id}"
  },
  "listConversations": {
    "method": "get",
    "path": "/conversations",
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "offsetParam": "offset",
      "items": "/data",
      "total": {
        "header": "X-Total-Count"
      },
      "defaultLimit": 100,
      "maxLimit": 500,
      "maxWindow": 10000
    }
  },
  "getConversation": {
    "method": "get",
    "path": "/conversations/{id}"
  },
  "deleteConversation": {
    "method": "delete",
    "path": "/conversations/{id}"
  },
  "getConversationTrace": {
    "method": "get",
    "path": "/conversations/{id}/trace"
  },
  "listWidgetKeys": {
    "method": "get",
    "path": "/widgets/keys"
  },
  "createWidgetKey": {
    "method": "post",
    "path": "/widgets/keys"
  },
  "revokeWidgetKey": {
    "method": "delete",
    "path": "/widgets/keys/{id}"
  },
  "getWidgetCustomization": {
    "method": "get",
    "path": "/widgets/customization"
  },
  "updateWidgetCustomization": {
    "method": "put",
    "path": "/widgets/customization"
  },
  "getWidgetEmbedCode": {
    "method": "get",
    "path": "/widgets/embed-code"
  },
  "getVoiceCatalog": {
    "method": "get",
    "path": "/voice/catalog"
  },
  "listVoiceNumbers": {
    "method": "get",
    "path": "/voice/numbers"
  },
  "createVoiceNumber": {
    "method": "post",
    "path": "/voice/numbers"
  },
  "getVoiceNumber": {
    "method": "get",
    "path": "/voice/numbers/{id}"
  },
  "updateVoiceNumber": {
    "method": "put",
    "path": "/voice/numbers/{id}"
  },
  "deleteVoiceNumber": {
    "method": "delete",
    "path": "/voice/numbers/{id}"
  },
  "setVoiceNumberMetadata": {
    "method": "patch",
    "path": "/voice/numbers/{id}/metadata"
  },
  "listLlmProviders": {
    "method": "get",
    "path": "/llm/providers"
  },
  "createCall": {
    "method": "post",
    "path": "/calls"
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operationTable;

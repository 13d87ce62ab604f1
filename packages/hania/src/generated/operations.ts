/**
 * Generated from specs/hania/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "sendChatMessage": {
    "operationId": "sendChatMessage",
    "method": "post",
    "path": "/chat/send",
    "successStatus": 200,
    "abilities": [
      "chat:send"
    ]
  },
  "streamChatMessage": {
    "operationId": "streamChatMessage",
    "method": "post",
    "path": "/chat/send-stream",
    "successStatus": 200,
    "abilities": [
      "chat:send"
    ],
    "streaming": true
  },
  "listBots": {
    "operationId": "listBots",
    "method": "get",
    "path": "/bots",
    "successStatus": 200,
    "abilities": [
      "bots:read"
    ]
  },
  "createBot": {
    "operationId": "createBot",
    "method": "post",
    "path": "/bots",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "discoverBot": {
    "operationId": "discoverBot",
    "method": "post",
    "path": "/bots/discover",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ],
    "streaming": true
  },
  "getBot": {
    "operationId": "getBot",
    "method": "get",
    "path": "/bots/{id}",
    "successStatus": 200,
    "abilities": [
      "bots:read"
    ]
  },
  "updateBot": {
    "operationId": "updateBot",
    "method": "put",
    "path": "/bots/{id}",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "deleteBot": {
    "operationId": "deleteBot",
    "method": "delete",
    "path": "/bots/{id}",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "setBotMetadata": {
    "operationId": "setBotMetadata",
    "method": "patch",
    "path": "/bots/{id}/metadata",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "listPostCallHooks": {
    "operationId": "listPostCallHooks",
    "method": "get",
    "path": "/bots/{botID}/post-call-hooks",
    "successStatus": 200,
    "abilities": [
      "bots:read"
    ]
  },
  "createPostCallHook": {
    "operationId": "createPostCallHook",
    "method": "post",
    "path": "/bots/{botID}/post-call-hooks",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "updatePostCallHook": {
    "operationId": "updatePostCallHook",
    "method": "put",
    "path": "/bots/{botID}/post-call-hooks/{hookID}",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "deletePostCallHook": {
    "operationId": "deletePostCallHook",
    "method": "delete",
    "path": "/bots/{botID}/post-call-hooks/{hookID}",
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ]
  },
  "triggerAgent": {
    "operationId": "triggerAgent",
    "method": "post",
    "path": "/agents/{id}/trigger",
    "successStatus": 202,
    "abilities": [
      "agents:trigger"
    ]
  },
  "listTools": {
    "operationId": "listTools",
    "method": "get",
    "path": "/tools",
    "successStatus": 200,
    "abilities": [
      "tools:read"
    ]
  },
  "createTool": {
    "operationId": "createTool",
    "method": "post",
    "path": "/tools",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ]
  },
  "getToolCatalog": {
    "operationId": "getToolCatalog",
    "method": "get",
    "path": "/tools/catalog",
    "successStatus": 200,
    "abilities": [
      "tools:read"
    ]
  },
  "listBotTools": {
    "operationId": "listBotTools",
    "method": "get",
    "path": "/tools/bot",
    "successStatus": 200,
    "abilities": [
      "tools:read"
    ]
  },
  "assignTools": {
    "operationId": "assignTools",
    "method": "post",
    "path": "/tools/assign",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ]
  },
  "discoverTool": {
    "operationId": "discoverTool",
    "method": "post",
    "path": "/tools/discover",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ],
    "streaming": true
  },
  "getTool": {
    "operationId": "getTool",
    "method": "get",
    "path": "/tools/{id}",
    "successStatus": 200,
    "abilities": [
      "tools:read"
    ]
  },
  "updateTool": {
    "operationId": "updateTool",
    "method": "put",
    "path": "/tools/{id}",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ]
  },
  "deleteTool": {
    "operationId": "deleteTool",
    "method": "delete",
    "path": "/tools/{id}",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ]
  },
  "testTool": {
    "operationId": "testTool",
    "method": "post",
    "path": "/tools/{id}/test",
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ]
  },
  "listKnowledge": {
    "operationId": "listKnowledge",
    "method": "get",
    "path": "/knowledge",
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
    ]
  },
  "createKnowledge": {
    "operationId": "createKnowledge",
    "method": "post",
    "path": "/knowledge",
    "successStatus": 200,
    "abilities": [
      "knowledge:write"
    ]
  },
  "getKnowledgeStats": {
    "operationId": "getKnowledgeStats",
    "method": "get",
    "path": "/knowledge/stats",
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
    ]
  },
  "getKnowledge": {
    "operationId": "getKnowledge",
    "method": "get",
    "path": "/knowledge/{id}",
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
    ]
  },
  "deleteKnowledge": {
    "operationId": "deleteKnowledge",
    "method": "delete",
    "path": "/knowledge/{id}",
    "successStatus": 200,
    "abilities": [
      "knowledge:write"
    ]
  },
  "listMemories": {
    "operationId": "listMemories",
    "method": "get",
    "path": "/memories",
    "successStatus": 200,
    "abilities": [
      "memories:read"
    ],
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "items": "/data",
      "defaultLimit": 50,
      "maxLimit": 100
    }
  },
  "getMemoryStats": {
    "operationId": "getMemoryStats",
    "method": "get",
    "path": "/memories/stats",
    "successStatus": 200,
    "abilities": [
      "memories:read"
    ]
  },
  "getMemory": {
    "operationId": "getMemory",
    "method": "get",
    "path": "/memories/{id}",
    "successStatus": 200,
    "abilities": [
      "memories:read"
    ]
  },
  "updateMemory": {
    "operationId": "updateMemory",
    "method": "put",
    "path": "/memories/{id}",
    "successStatus": 200,
    "abilities": [
      "memories:write"
    ]
  },
  "deleteMemory": {
    "operationId": "deleteMemory",
    "method": "delete",
    "path": "/memories/{id}",
    "successStatus": 200,
    "abilities": [
      "memories:write"
    ]
  },
  "listConversations": {
    "operationId": "listConversations",
    "method": "get",
    "path": "/conversations",
    "successStatus": 200,
    "abilities": [
      "conversations:read"
    ],
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
    "operationId": "getConversation",
    "method": "get",
    "path": "/conversations/{id}",
    "successStatus": 200,
    "abilities": [
      "conversations:read"
    ]
  },
  "deleteConversation": {
    "operationId": "deleteConversation",
    "method": "delete",
    "path": "/conversations/{id}",
    "successStatus": 200,
    "abilities": [
      "conversations:write"
    ]
  },
  "getConversationTrace": {
    "operationId": "getConversationTrace",
    "method": "get",
    "path": "/conversations/{id}/trace",
    "successStatus": 200,
    "abilities": [
      "conversations:read"
    ]
  },
  "listWidgetKeys": {
    "operationId": "listWidgetKeys",
    "method": "get",
    "path": "/widgets/keys",
    "successStatus": 200,
    "abilities": [
      "widgets:read"
    ]
  },
  "createWidgetKey": {
    "operationId": "createWidgetKey",
    "method": "post",
    "path": "/widgets/keys",
    "successStatus": 200,
    "abilities": [
      "widgets:write"
    ]
  },
  "revokeWidgetKey": {
    "operationId": "revokeWidgetKey",
    "method": "delete",
    "path": "/widgets/keys/{id}",
    "successStatus": 200,
    "abilities": [
      "widgets:write"
    ]
  },
  "getWidgetCustomization": {
    "operationId": "getWidgetCustomization",
    "method": "get",
    "path": "/widgets/customization",
    "successStatus": 200,
    "abilities": [
      "widgets:read"
    ]
  },
  "updateWidgetCustomization": {
    "operationId": "updateWidgetCustomization",
    "method": "put",
    "path": "/widgets/customization",
    "successStatus": 200,
    "abilities": [
      "widgets:write"
    ]
  },
  "getWidgetEmbedCode": {
    "operationId": "getWidgetEmbedCode",
    "method": "get",
    "path": "/widgets/embed-code",
    "successStatus": 200,
    "abilities": [
      "widgets:read"
    ]
  },
  "getVoiceCatalog": {
    "operationId": "getVoiceCatalog",
    "method": "get",
    "path": "/voice/catalog",
    "successStatus": 200,
    "abilities": [
      "voice:read"
    ]
  },
  "listVoiceNumbers": {
    "operationId": "listVoiceNumbers",
    "method": "get",
    "path": "/voice/numbers",
    "successStatus": 200,
    "abilities": [
      "voice:read"
    ]
  },
  "createVoiceNumber": {
    "operationId": "createVoiceNumber",
    "method": "post",
    "path": "/voice/numbers",
    "successStatus": 200,
    "abilities": [
      "voice:write"
    ]
  },
  "getVoiceNumber": {
    "operationId": "getVoiceNumber",
    "method": "get",
    "path": "/voice/numbers/{id}",
    "successStatus": 200,
    "abilities": [
      "voice:read"
    ]
  },
  "updateVoiceNumber": {
    "operationId": "updateVoiceNumber",
    "method": "put",
    "path": "/voice/numbers/{id}",
    "successStatus": 200,
    "abilities": [
      "voice:write"
    ]
  },
  "deleteVoiceNumber": {
    "operationId": "deleteVoiceNumber",
    "method": "delete",
    "path": "/voice/numbers/{id}",
    "successStatus": 200,
    "abilities": [
      "voice:write"
    ]
  },
  "setVoiceNumberMetadata": {
    "operationId": "setVoiceNumberMetadata",
    "method": "patch",
    "path": "/voice/numbers/{id}/metadata",
    "successStatus": 200,
    "abilities": [
      "voice:write"
    ]
  },
  "listLlmProviders": {
    "operationId": "listLlmProviders",
    "method": "get",
    "path": "/llm/providers",
    "successStatus": 200,
    "abilities": [
      "llm:read"
    ]
  },
  "createCall": {
    "operationId": "createCall",
    "method": "post",
    "path": "/calls",
    "successStatus": 200,
    "abilities": [
      "calls:write"
    ]
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

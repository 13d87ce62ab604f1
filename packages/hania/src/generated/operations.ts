/**
 * Generated from specs/hania/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "sendChatMessage": {
    "operationId": "sendChatMessage",
    "method": "post",
    "path": "/chat/send",
    "summary": "Send a chat message",
    "tags": [
      "Chat"
    ],
    "successStatus": 200,
    "abilities": [
      "chat:send"
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
  "streamChatMessage": {
    "operationId": "streamChatMessage",
    "method": "post",
    "path": "/chat/send-stream",
    "summary": "Send a chat message and stream the reply",
    "tags": [
      "Chat"
    ],
    "successStatus": 200,
    "abilities": [
      "chat:send"
    ],
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
  "listBots": {
    "operationId": "listBots",
    "method": "get",
    "path": "/bots",
    "summary": "List bots",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:read"
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
  "createBot": {
    "operationId": "createBot",
    "method": "post",
    "path": "/bots",
    "summary": "Create a bot",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "discoverBot": {
    "operationId": "discoverBot",
    "method": "post",
    "path": "/bots/discover",
    "summary": "Draft a bot with AI",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
    ],
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
    "safe": true
  },
  "getBot": {
    "operationId": "getBot",
    "method": "get",
    "path": "/bots/{id}",
    "summary": "Get a bot",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:read"
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
  "updateBot": {
    "operationId": "updateBot",
    "method": "put",
    "path": "/bots/{id}",
    "summary": "Update a bot",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "deleteBot": {
    "operationId": "deleteBot",
    "method": "delete",
    "path": "/bots/{id}",
    "summary": "Delete a bot (soft)",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "setBotMetadata": {
    "operationId": "setBotMetadata",
    "method": "patch",
    "path": "/bots/{id}/metadata",
    "summary": "Set a bot's metadata",
    "tags": [
      "Bots"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "listPostCallHooks": {
    "operationId": "listPostCallHooks",
    "method": "get",
    "path": "/bots/{botID}/post-call-hooks",
    "summary": "List a bot's post-call hooks",
    "tags": [
      "Post-call hooks"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:read"
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
  "createPostCallHook": {
    "operationId": "createPostCallHook",
    "method": "post",
    "path": "/bots/{botID}/post-call-hooks",
    "summary": "Create a post-call hook",
    "tags": [
      "Post-call hooks"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "updatePostCallHook": {
    "operationId": "updatePostCallHook",
    "method": "put",
    "path": "/bots/{botID}/post-call-hooks/{hookID}",
    "summary": "Update a post-call hook",
    "tags": [
      "Post-call hooks"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "deletePostCallHook": {
    "operationId": "deletePostCallHook",
    "method": "delete",
    "path": "/bots/{botID}/post-call-hooks/{hookID}",
    "summary": "Delete a post-call hook",
    "tags": [
      "Post-call hooks"
    ],
    "successStatus": 200,
    "abilities": [
      "bots:write"
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
  "triggerAgent": {
    "operationId": "triggerAgent",
    "method": "post",
    "path": "/agents/{id}/trigger",
    "summary": "Trigger an agent run",
    "tags": [
      "Agents"
    ],
    "successStatus": 202,
    "abilities": [
      "agents:trigger"
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
  "listTools": {
    "operationId": "listTools",
    "method": "get",
    "path": "/tools",
    "summary": "List tools",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:read"
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
  "createTool": {
    "operationId": "createTool",
    "method": "post",
    "path": "/tools",
    "summary": "Create a tool",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
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
  "getToolCatalog": {
    "operationId": "getToolCatalog",
    "method": "get",
    "path": "/tools/catalog",
    "summary": "Get the tool catalog",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:read"
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
  "listBotTools": {
    "operationId": "listBotTools",
    "method": "get",
    "path": "/tools/bot",
    "summary": "List a bot's assigned tools",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:read"
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
  "assignTools": {
    "operationId": "assignTools",
    "method": "post",
    "path": "/tools/assign",
    "summary": "Replace a bot's tool assignments",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
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
  "discoverTool": {
    "operationId": "discoverTool",
    "method": "post",
    "path": "/tools/discover",
    "summary": "Draft a tool with AI",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
    ],
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
    "safe": true
  },
  "getTool": {
    "operationId": "getTool",
    "method": "get",
    "path": "/tools/{id}",
    "summary": "Get a tool",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:read"
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
  "updateTool": {
    "operationId": "updateTool",
    "method": "put",
    "path": "/tools/{id}",
    "summary": "Update a tool",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
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
  "deleteTool": {
    "operationId": "deleteTool",
    "method": "delete",
    "path": "/tools/{id}",
    "summary": "Delete a tool",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
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
  "testTool": {
    "operationId": "testTool",
    "method": "post",
    "path": "/tools/{id}/test",
    "summary": "Test a tool",
    "tags": [
      "Tools"
    ],
    "successStatus": 200,
    "abilities": [
      "tools:write"
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
  "listKnowledge": {
    "operationId": "listKnowledge",
    "method": "get",
    "path": "/knowledge",
    "summary": "List knowledge sources",
    "tags": [
      "Knowledge"
    ],
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
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
  "createKnowledge": {
    "operationId": "createKnowledge",
    "method": "post",
    "path": "/knowledge",
    "summary": "Add knowledge",
    "tags": [
      "Knowledge"
    ],
    "successStatus": 200,
    "abilities": [
      "knowledge:write"
    ],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json",
      "multipart/form-data"
    ],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getKnowledgeStats": {
    "operationId": "getKnowledgeStats",
    "method": "get",
    "path": "/knowledge/stats",
    "summary": "Get knowledge statistics",
    "tags": [
      "Knowledge"
    ],
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
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
  "getKnowledge": {
    "operationId": "getKnowledge",
    "method": "get",
    "path": "/knowledge/{id}",
    "summary": "Get a knowledge source",
    "tags": [
      "Knowledge"
    ],
    "successStatus": 200,
    "abilities": [
      "knowledge:read"
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
  "deleteKnowledge": {
    "operationId": "deleteKnowledge",
    "method": "delete",
    "path": "/knowledge/{id}",
    "summary": "Delete a knowledge source",
    "tags": [
      "Knowledge"
    ],
    "successStatus": 200,
    "abilities": [
      "knowledge:write"
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
  "listMemories": {
    "operationId": "listMemories",
    "method": "get",
    "path": "/memories",
    "summary": "List memories",
    "tags": [
      "Memories"
    ],
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
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getMemoryStats": {
    "operationId": "getMemoryStats",
    "method": "get",
    "path": "/memories/stats",
    "summary": "Get memory statistics",
    "tags": [
      "Memories"
    ],
    "successStatus": 200,
    "abilities": [
      "memories:read"
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
  "getMemory": {
    "operationId": "getMemory",
    "method": "get",
    "path": "/memories/{id}",
    "summary": "Get a memory",
    "tags": [
      "Memories"
    ],
    "successStatus": 200,
    "abilities": [
      "memories:read"
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
  "updateMemory": {
    "operationId": "updateMemory",
    "method": "put",
    "path": "/memories/{id}",
    "summary": "Update a memory",
    "tags": [
      "Memories"
    ],
    "successStatus": 200,
    "abilities": [
      "memories:write"
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
  "deleteMemory": {
    "operationId": "deleteMemory",
    "method": "delete",
    "path": "/memories/{id}",
    "summary": "Delete a memory",
    "tags": [
      "Memories"
    ],
    "successStatus": 200,
    "abilities": [
      "memories:write"
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
  "listConversations": {
    "operationId": "listConversations",
    "method": "get",
    "path": "/conversations",
    "summary": "List conversations",
    "tags": [
      "Conversations"
    ],
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
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerAuth"
      ]
    ],
    "safe": false
  },
  "getConversation": {
    "operationId": "getConversation",
    "method": "get",
    "path": "/conversations/{id}",
    "summary": "Get a conversation",
    "tags": [
      "Conversations"
    ],
    "successStatus": 200,
    "abilities": [
      "conversations:read"
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
  "deleteConversation": {
    "operationId": "deleteConversation",
    "method": "delete",
    "path": "/conversations/{id}",
    "summary": "Delete a conversation",
    "tags": [
      "Conversations"
    ],
    "successStatus": 200,
    "abilities": [
      "conversations:write"
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
  "getConversationTrace": {
    "operationId": "getConversationTrace",
    "method": "get",
    "path": "/conversations/{id}/trace",
    "summary": "Get a conversation's trace",
    "tags": [
      "Conversations"
    ],
    "successStatus": 200,
    "abilities": [
      "conversations:read"
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
  "listWidgetKeys": {
    "operationId": "listWidgetKeys",
    "method": "get",
    "path": "/widgets/keys",
    "summary": "List a bot's widget keys",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:read"
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
  "createWidgetKey": {
    "operationId": "createWidgetKey",
    "method": "post",
    "path": "/widgets/keys",
    "summary": "Create a widget key",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:write"
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
  "revokeWidgetKey": {
    "operationId": "revokeWidgetKey",
    "method": "delete",
    "path": "/widgets/keys/{id}",
    "summary": "Revoke a widget key",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:write"
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
  "getWidgetCustomization": {
    "operationId": "getWidgetCustomization",
    "method": "get",
    "path": "/widgets/customization",
    "summary": "Get a bot's widget customization",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:read"
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
  "updateWidgetCustomization": {
    "operationId": "updateWidgetCustomization",
    "method": "put",
    "path": "/widgets/customization",
    "summary": "Update a bot's widget customization",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:write"
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
  "getWidgetEmbedCode": {
    "operationId": "getWidgetEmbedCode",
    "method": "get",
    "path": "/widgets/embed-code",
    "summary": "Get a widget's embed code",
    "tags": [
      "Widgets"
    ],
    "successStatus": 200,
    "abilities": [
      "widgets:read"
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
  "getVoiceCatalog": {
    "operationId": "getVoiceCatalog",
    "method": "get",
    "path": "/voice/catalog",
    "summary": "List TTS voices",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:read"
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
  "listVoiceNumbers": {
    "operationId": "listVoiceNumbers",
    "method": "get",
    "path": "/voice/numbers",
    "summary": "List voice numbers",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:read"
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
  "createVoiceNumber": {
    "operationId": "createVoiceNumber",
    "method": "post",
    "path": "/voice/numbers",
    "summary": "Create a voice number",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:write"
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
  "getVoiceNumber": {
    "operationId": "getVoiceNumber",
    "method": "get",
    "path": "/voice/numbers/{id}",
    "summary": "Get a voice number",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:read"
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
  "updateVoiceNumber": {
    "operationId": "updateVoiceNumber",
    "method": "put",
    "path": "/voice/numbers/{id}",
    "summary": "Update a voice number",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:write"
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
  "deleteVoiceNumber": {
    "operationId": "deleteVoiceNumber",
    "method": "delete",
    "path": "/voice/numbers/{id}",
    "summary": "Delete a voice number",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:write"
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
  "setVoiceNumberMetadata": {
    "operationId": "setVoiceNumberMetadata",
    "method": "patch",
    "path": "/voice/numbers/{id}/metadata",
    "summary": "Set a voice number's metadata",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [
      "voice:write"
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
  "listLlmProviders": {
    "operationId": "listLlmProviders",
    "method": "get",
    "path": "/llm/providers",
    "summary": "List LLM providers and models",
    "tags": [
      "LLM"
    ],
    "successStatus": 200,
    "abilities": [
      "llm:read"
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
  "createCall": {
    "operationId": "createCall",
    "method": "post",
    "path": "/calls",
    "summary": "Place an outbound call",
    "tags": [
      "Calls"
    ],
    "successStatus": 200,
    "abilities": [
      "calls:write"
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
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

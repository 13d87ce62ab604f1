/**
 * Generated from specs/hapi/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "getHealth": {
    "operationId": "getHealth",
    "method": "get",
    "path": "/health",
    "summary": "Check that the hub is up",
    "tags": [
      "Health"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [],
    "safe": false
  },
  "createAuthToken": {
    "operationId": "createAuthToken",
    "method": "post",
    "path": "/api/auth",
    "summary": "Exchange an access token for a JWT",
    "tags": [
      "Authentication"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [],
    "safe": false
  },
  "bindTelegramAccount": {
    "operationId": "bindTelegramAccount",
    "method": "post",
    "path": "/api/bind",
    "summary": "Bind a Telegram user to a namespace",
    "tags": [
      "Authentication"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "application/json"
    ],
    "security": [],
    "safe": false
  },
  "listSessions": {
    "operationId": "listSessions",
    "method": "get",
    "path": "/api/sessions",
    "summary": "List sessions",
    "tags": [
      "Sessions"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "items": "/sessions",
      "maxLimit": 500
    },
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getSession": {
    "operationId": "getSession",
    "method": "get",
    "path": "/api/sessions/{sessionId}",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "deleteSession": {
    "operationId": "deleteSession",
    "method": "delete",
    "path": "/api/sessions/{sessionId}",
    "summary": "Delete an inactive session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "renameSession": {
    "operationId": "renameSession",
    "method": "patch",
    "path": "/api/sessions/{sessionId}",
    "summary": "Rename a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "exportSession": {
    "operationId": "exportSession",
    "method": "get",
    "path": "/api/sessions/{sessionId}/export",
    "summary": "Export a session with its messages",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getCursorChatStore": {
    "operationId": "getCursorChatStore",
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-chat-store",
    "summary": "Check the Cursor chat store of a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "resumeSession": {
    "operationId": "resumeSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/resume",
    "summary": "Resume an inactive session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "reopenSession": {
    "operationId": "reopenSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/reopen",
    "summary": "Reopen a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "abortSession": {
    "operationId": "abortSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/abort",
    "summary": "Abort the current turn",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "switchSessionToRemote": {
    "operationId": "switchSessionToRemote",
    "method": "post",
    "path": "/api/sessions/{sessionId}/switch",
    "summary": "Take remote control of a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "archiveSession": {
    "operationId": "archiveSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/archive",
    "summary": "Archive a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "updateSessionSummary": {
    "operationId": "updateSessionSummary",
    "method": "patch",
    "path": "/api/sessions/{sessionId}/summary",
    "summary": "Set a session's summary",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "pinSession": {
    "operationId": "pinSession",
    "method": "put",
    "path": "/api/sessions/{sessionId}/pin",
    "summary": "Pin or unpin a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "suggestSessionTitle": {
    "operationId": "suggestSessionTitle",
    "method": "post",
    "path": "/api/sessions/{sessionId}/title-suggestion",
    "summary": "Suggest a session title",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "forkSession": {
    "operationId": "forkSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/fork",
    "summary": "Fork a session",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "rewindSession": {
    "operationId": "rewindSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/rewind",
    "summary": "Rewind a session to a message",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "migrateSessionToAcp": {
    "operationId": "migrateSessionToAcp",
    "method": "post",
    "path": "/api/sessions/{sessionId}/migrate-to-acp",
    "summary": "Migrate a Cursor session to ACP",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "uploadSessionFile": {
    "operationId": "uploadSessionFile",
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload",
    "summary": "Upload a file to the session's machine",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "deleteSessionUpload": {
    "operationId": "deleteSessionUpload",
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload/delete",
    "summary": "Delete an uploaded file",
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionPermissionMode": {
    "operationId": "setSessionPermissionMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permission-mode",
    "summary": "Set the permission mode",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionModel": {
    "operationId": "setSessionModel",
    "method": "post",
    "path": "/api/sessions/{sessionId}/model",
    "summary": "Set the model",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionEffort": {
    "operationId": "setSessionEffort",
    "method": "post",
    "path": "/api/sessions/{sessionId}/effort",
    "summary": "Set the effort",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionModelReasoningEffort": {
    "operationId": "setSessionModelReasoningEffort",
    "method": "post",
    "path": "/api/sessions/{sessionId}/model-reasoning-effort",
    "summary": "Set the model reasoning effort",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionServiceTier": {
    "operationId": "setSessionServiceTier",
    "method": "post",
    "path": "/api/sessions/{sessionId}/service-tier",
    "summary": "Set the Codex service tier",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionCollaborationMode": {
    "operationId": "setSessionCollaborationMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/collaboration-mode",
    "summary": "Set the Codex collaboration mode",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setSessionCopilotAgentMode": {
    "operationId": "setSessionCopilotAgentMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/copilot-agent-mode",
    "summary": "Set the Copilot agent mode",
    "tags": [
      "Session config"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSlashCommands": {
    "operationId": "listSlashCommands",
    "method": "get",
    "path": "/api/sessions/{sessionId}/slash-commands",
    "summary": "List the session's slash commands",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionSkills": {
    "operationId": "listSessionSkills",
    "method": "get",
    "path": "/api/sessions/{sessionId}/skills",
    "summary": "List the session's skills",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionCodexModels": {
    "operationId": "listSessionCodexModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/codex-models",
    "summary": "List Codex models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionOpencodeModels": {
    "operationId": "listSessionOpencodeModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-models",
    "summary": "List OpenCode models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionOpencodeReasoningEffortOptions": {
    "operationId": "listSessionOpencodeReasoningEffortOptions",
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-reasoning-effort-options",
    "summary": "List OpenCode reasoning efforts options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionGrokModels": {
    "operationId": "listSessionGrokModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-models",
    "summary": "List Grok models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionGrokReasoningEffortOptions": {
    "operationId": "listSessionGrokReasoningEffortOptions",
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-reasoning-effort-options",
    "summary": "List Grok reasoning efforts options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionCopilotModels": {
    "operationId": "listSessionCopilotModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/copilot-models",
    "summary": "List Copilot models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionCursorModels": {
    "operationId": "listSessionCursorModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-models",
    "summary": "List Cursor models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionPiModels": {
    "operationId": "listSessionPiModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/pi-models",
    "summary": "List Pi models options for a session",
    "tags": [
      "Session catalogs"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getScratchlistLimits": {
    "operationId": "getScratchlistLimits",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/limits",
    "summary": "Get the scratchlist limits",
    "tags": [
      "Scratchlist"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "uploadScratchlistAttachment": {
    "operationId": "uploadScratchlistAttachment",
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist/upload",
    "summary": "Upload a scratchlist attachment",
    "tags": [
      "Scratchlist"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getScratchlistAttachment": {
    "operationId": "getScratchlistAttachment",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}",
    "summary": "Download a scratchlist attachment",
    "tags": [
      "Scratchlist"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "deleteScratchlistAttachment": {
    "operationId": "deleteScratchlistAttachment",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}",
    "summary": "Delete a scratchlist attachment",
    "tags": [
      "Scratchlist"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listScratchlistEntries": {
    "operationId": "listScratchlistEntries",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist",
    "summary": "List scratchlist entries",
    "tags": [
      "Scratchlist"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "createScratchlistEntry": {
    "operationId": "createScratchlistEntry",
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist",
    "summary": "Add a scratchlist entry",
    "tags": [
      "Scratchlist"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "updateScratchlistEntry": {
    "operationId": "updateScratchlistEntry",
    "method": "put",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}",
    "summary": "Update a scratchlist entry",
    "tags": [
      "Scratchlist"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "deleteScratchlistEntry": {
    "operationId": "deleteScratchlistEntry",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}",
    "summary": "Delete a scratchlist entry",
    "tags": [
      "Scratchlist"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMessages": {
    "operationId": "listMessages",
    "method": "get",
    "path": "/api/sessions/{sessionId}/messages",
    "summary": "Get a page of messages",
    "tags": [
      "Messages"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "sendMessage": {
    "operationId": "sendMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages",
    "summary": "Send a message",
    "tags": [
      "Messages"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "cancelMessage": {
    "operationId": "cancelMessage",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/messages/{messageId}",
    "summary": "Cancel a queued message",
    "tags": [
      "Messages"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "steerMessage": {
    "operationId": "steerMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/steer",
    "summary": "Steer a queued message into the current turn",
    "tags": [
      "Messages"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "retryMessage": {
    "operationId": "retryMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/retry",
    "summary": "Retry a message whose delivery is unknown",
    "tags": [
      "Messages"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getQueuedMessageState": {
    "operationId": "getQueuedMessageState",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/queued-state",
    "summary": "Check which messages are still queued",
    "tags": [
      "Messages"
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
        "bearerJwt"
      ]
    ],
    "safe": true
  },
  "approvePermission": {
    "operationId": "approvePermission",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/approve",
    "summary": "Approve a permission request",
    "tags": [
      "Permissions"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "denyPermission": {
    "operationId": "denyPermission",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/deny",
    "summary": "Deny a permission request",
    "tags": [
      "Permissions"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachines": {
    "operationId": "listMachines",
    "method": "get",
    "path": "/api/machines",
    "summary": "List online machines",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "renameMachine": {
    "operationId": "renameMachine",
    "method": "patch",
    "path": "/api/machines/{machineId}",
    "summary": "Rename a machine",
    "tags": [
      "Machines"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "spawnSession": {
    "operationId": "spawnSession",
    "method": "post",
    "path": "/api/machines/{machineId}/spawn",
    "summary": "Start a session on a machine",
    "tags": [
      "Machines"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineDirectory": {
    "operationId": "listMachineDirectory",
    "method": "post",
    "path": "/api/machines/{machineId}/list-directory",
    "summary": "List a directory on a machine",
    "tags": [
      "Machines"
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
        "bearerJwt"
      ]
    ],
    "safe": true
  },
  "checkMachinePathsExist": {
    "operationId": "checkMachinePathsExist",
    "method": "post",
    "path": "/api/machines/{machineId}/paths/exists",
    "summary": "Check which paths exist on a machine",
    "tags": [
      "Machines"
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
        "bearerJwt"
      ]
    ],
    "safe": true
  },
  "listMachineAgyModels": {
    "operationId": "listMachineAgyModels",
    "method": "get",
    "path": "/api/machines/{machineId}/agy-models",
    "summary": "List AGY models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachinePiModels": {
    "operationId": "listMachinePiModels",
    "method": "get",
    "path": "/api/machines/{machineId}/pi-models",
    "summary": "List Pi models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineCodexModels": {
    "operationId": "listMachineCodexModels",
    "method": "get",
    "path": "/api/machines/{machineId}/codex-models",
    "summary": "List Codex models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineCursorModels": {
    "operationId": "listMachineCursorModels",
    "method": "get",
    "path": "/api/machines/{machineId}/cursor-models",
    "summary": "List Cursor models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineOpencodeModels": {
    "operationId": "listMachineOpencodeModels",
    "method": "get",
    "path": "/api/machines/{machineId}/opencode-models",
    "summary": "List OpenCode models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineGrokModels": {
    "operationId": "listMachineGrokModels",
    "method": "get",
    "path": "/api/machines/{machineId}/grok-models",
    "summary": "List Grok models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listMachineCopilotModels": {
    "operationId": "listMachineCopilotModels",
    "method": "get",
    "path": "/api/machines/{machineId}/copilot-models",
    "summary": "List Copilot models available on a machine",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "restartMachineRunner": {
    "operationId": "restartMachineRunner",
    "method": "post",
    "path": "/api/machines/{machineId}/restart-runner",
    "summary": "Restart a machine's runner",
    "tags": [
      "Machines"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getGitStatus": {
    "operationId": "getGitStatus",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-status",
    "summary": "Get git status",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getGitDiffNumstat": {
    "operationId": "getGitDiffNumstat",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-numstat",
    "summary": "Get changed line counts",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getGitDiffFile": {
    "operationId": "getGitDiffFile",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-file",
    "summary": "Get the diff of one file",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "readSessionFile": {
    "operationId": "readSessionFile",
    "method": "get",
    "path": "/api/sessions/{sessionId}/file",
    "summary": "Read a file",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "searchSessionFiles": {
    "operationId": "searchSessionFiles",
    "method": "get",
    "path": "/api/sessions/{sessionId}/files",
    "summary": "Search files by name",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listSessionDirectory": {
    "operationId": "listSessionDirectory",
    "method": "get",
    "path": "/api/sessions/{sessionId}/directory",
    "summary": "List a directory",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getGeneratedImage": {
    "operationId": "getGeneratedImage",
    "method": "get",
    "path": "/api/sessions/{sessionId}/generated-images/{imageId}",
    "summary": "Download an image the agent generated",
    "tags": [
      "Git & Files"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getVoiceBackend": {
    "operationId": "getVoiceBackend",
    "method": "get",
    "path": "/api/voice/backend",
    "summary": "Get the voice assistant backend",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listTranscriptionProviders": {
    "operationId": "listTranscriptionProviders",
    "method": "get",
    "path": "/api/voice/transcription/providers",
    "summary": "List configured speech-to-text providers",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getTranscriptionCredentials": {
    "operationId": "getTranscriptionCredentials",
    "method": "get",
    "path": "/api/voice/transcription/credentials",
    "summary": "Get the status of voice provider keys",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "updateTranscriptionCredentials": {
    "operationId": "updateTranscriptionCredentials",
    "method": "put",
    "path": "/api/voice/transcription/credentials",
    "summary": "Set or clear voice provider keys",
    "tags": [
      "Voice"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "transcribeAudio": {
    "operationId": "transcribeAudio",
    "method": "post",
    "path": "/api/voice/transcription",
    "summary": "Transcribe an audio file",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [
      "multipart/form-data"
    ],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "createRealtimeTranscriptionToken": {
    "operationId": "createRealtimeTranscriptionToken",
    "method": "post",
    "path": "/api/voice/transcription/realtime-token",
    "summary": "Get a realtime transcription token",
    "tags": [
      "Voice"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "createVoiceToken": {
    "operationId": "createVoiceToken",
    "method": "post",
    "path": "/api/voice/token",
    "summary": "Get an ElevenLabs conversation token",
    "tags": [
      "Voice"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "createGeminiVoiceToken": {
    "operationId": "createGeminiVoiceToken",
    "method": "post",
    "path": "/api/voice/gemini-token",
    "summary": "Get the Gemini Live proxy address",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "createQwenVoiceToken": {
    "operationId": "createQwenVoiceToken",
    "method": "post",
    "path": "/api/voice/qwen-token",
    "summary": "Get the Qwen realtime proxy address",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "listVoices": {
    "operationId": "listVoices",
    "method": "get",
    "path": "/api/voice/voices",
    "summary": "List ElevenLabs voices",
    "tags": [
      "Voice"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "sendVoiceTelemetry": {
    "operationId": "sendVoiceTelemetry",
    "method": "post",
    "path": "/api/voice/telemetry",
    "summary": "Report a voice client event",
    "tags": [
      "Voice"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "getVapidPublicKey": {
    "operationId": "getVapidPublicKey",
    "method": "get",
    "path": "/api/push/vapid-public-key",
    "summary": "Get the Web Push public key",
    "tags": [
      "Push"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": false,
    "requestContentTypes": [],
    "security": [
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "subscribePush": {
    "operationId": "subscribePush",
    "method": "post",
    "path": "/api/push/subscribe",
    "summary": "Subscribe to Web Push notifications",
    "tags": [
      "Push"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "unsubscribePush": {
    "operationId": "unsubscribePush",
    "method": "delete",
    "path": "/api/push/subscribe",
    "summary": "Unsubscribe from Web Push notifications",
    "tags": [
      "Push"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "registerDevice": {
    "operationId": "registerDevice",
    "method": "post",
    "path": "/api/devices/register",
    "summary": "Register a native push device",
    "tags": [
      "Push"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "unregisterDevice": {
    "operationId": "unregisterDevice",
    "method": "delete",
    "path": "/api/devices/register",
    "summary": "Unregister a native push device",
    "tags": [
      "Push"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "streamEvents": {
    "operationId": "streamEvents",
    "method": "get",
    "path": "/api/events",
    "summary": "Stream hub events",
    "tags": [
      "Events"
    ],
    "successStatus": 200,
    "abilities": [],
    "pagination": null,
    "streaming": true,
    "requestContentTypes": [],
    "security": [
      [
        "jwtQuery"
      ],
      [
        "bearerJwt"
      ]
    ],
    "safe": false
  },
  "setVisibility": {
    "operationId": "setVisibility",
    "method": "post",
    "path": "/api/visibility",
    "summary": "Mark an event-stream connection visible or hidden",
    "tags": [
      "Events"
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
        "bearerJwt"
      ]
    ],
    "safe": false
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

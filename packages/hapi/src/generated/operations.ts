/**
 * Generated from specs/hapi/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operations = {
  "getHealth": {
    "operationId": "getHealth",
    "method": "get",
    "path": "/health",
    "successStatus": 200,
    "security": []
  },
  "createAuthToken": {
    "operationId": "createAuthToken",
    "method": "post",
    "path": "/api/auth",
    "successStatus": 200,
    "security": []
  },
  "bindTelegramAccount": {
    "operationId": "bindTelegramAccount",
    "method": "post",
    "path": "/api/bind",
    "successStatus": 200,
    "security": []
  },
  "listSessions": {
    "operationId": "listSessions",
    "method": "get",
    "path": "/api/sessions",
    "successStatus": 200,
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "items": "/sessions",
      "maxLimit": 500
    }
  },
  "getSession": {
    "operationId": "getSession",
    "method": "get",
    "path": "/api/sessions/{sessionId}",
    "successStatus": 200
  },
  "deleteSession": {
    "operationId": "deleteSession",
    "method": "delete",
    "path": "/api/sessions/{sessionId}",
    "successStatus": 200
  },
  "renameSession": {
    "operationId": "renameSession",
    "method": "patch",
    "path": "/api/sessions/{sessionId}",
    "successStatus": 200
  },
  "exportSession": {
    "operationId": "exportSession",
    "method": "get",
    "path": "/api/sessions/{sessionId}/export",
    "successStatus": 200
  },
  "getCursorChatStore": {
    "operationId": "getCursorChatStore",
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-chat-store",
    "successStatus": 200
  },
  "resumeSession": {
    "operationId": "resumeSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/resume",
    "successStatus": 200
  },
  "reopenSession": {
    "operationId": "reopenSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/reopen",
    "successStatus": 200
  },
  "abortSession": {
    "operationId": "abortSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/abort",
    "successStatus": 200
  },
  "switchSessionToRemote": {
    "operationId": "switchSessionToRemote",
    "method": "post",
    "path": "/api/sessions/{sessionId}/switch",
    "successStatus": 200
  },
  "archiveSession": {
    "operationId": "archiveSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/archive",
    "successStatus": 200
  },
  "updateSessionSummary": {
    "operationId": "updateSessionSummary",
    "method": "patch",
    "path": "/api/sessions/{sessionId}/summary",
    "successStatus": 200
  },
  "pinSession": {
    "operationId": "pinSession",
    "method": "put",
    "path": "/api/sessions/{sessionId}/pin",
    "successStatus": 200
  },
  "suggestSessionTitle": {
    "operationId": "suggestSessionTitle",
    "method": "post",
    "path": "/api/sessions/{sessionId}/title-suggestion",
    "successStatus": 200
  },
  "forkSession": {
    "operationId": "forkSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/fork",
    "successStatus": 200
  },
  "rewindSession": {
    "operationId": "rewindSession",
    "method": "post",
    "path": "/api/sessions/{sessionId}/rewind",
    "successStatus": 200
  },
  "migrateSessionToAcp": {
    "operationId": "migrateSessionToAcp",
    "method": "post",
    "path": "/api/sessions/{sessionId}/migrate-to-acp",
    "successStatus": 200
  },
  "uploadSessionFile": {
    "operationId": "uploadSessionFile",
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload",
    "successStatus": 200
  },
  "deleteSessionUpload": {
    "operationId": "deleteSessionUpload",
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload/delete",
    "successStatus": 200
  },
  "setSessionPermissionMode": {
    "operationId": "setSessionPermissionMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permission-mode",
    "successStatus": 200
  },
  "setSessionModel": {
    "operationId": "setSessionModel",
    "method": "post",
    "path": "/api/sessions/{sessionId}/model",
    "successStatus": 200
  },
  "setSessionEffort": {
    "operationId": "setSessionEffort",
    "method": "post",
    "path": "/api/sessions/{sessionId}/effort",
    "successStatus": 200
  },
  "setSessionModelReasoningEffort": {
    "operationId": "setSessionModelReasoningEffort",
    "method": "post",
    "path": "/api/sessions/{sessionId}/model-reasoning-effort",
    "successStatus": 200
  },
  "setSessionServiceTier": {
    "operationId": "setSessionServiceTier",
    "method": "post",
    "path": "/api/sessions/{sessionId}/service-tier",
    "successStatus": 200
  },
  "setSessionCollaborationMode": {
    "operationId": "setSessionCollaborationMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/collaboration-mode",
    "successStatus": 200
  },
  "setSessionCopilotAgentMode": {
    "operationId": "setSessionCopilotAgentMode",
    "method": "post",
    "path": "/api/sessions/{sessionId}/copilot-agent-mode",
    "successStatus": 200
  },
  "listSlashCommands": {
    "operationId": "listSlashCommands",
    "method": "get",
    "path": "/api/sessions/{sessionId}/slash-commands",
    "successStatus": 200
  },
  "listSessionSkills": {
    "operationId": "listSessionSkills",
    "method": "get",
    "path": "/api/sessions/{sessionId}/skills",
    "successStatus": 200
  },
  "listSessionCodexModels": {
    "operationId": "listSessionCodexModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/codex-models",
    "successStatus": 200
  },
  "listSessionOpencodeModels": {
    "operationId": "listSessionOpencodeModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-models",
    "successStatus": 200
  },
  "listSessionOpencodeReasoningEffortOptions": {
    "operationId": "listSessionOpencodeReasoningEffortOptions",
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-reasoning-effort-options",
    "successStatus": 200
  },
  "listSessionGrokModels": {
    "operationId": "listSessionGrokModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-models",
    "successStatus": 200
  },
  "listSessionGrokReasoningEffortOptions": {
    "operationId": "listSessionGrokReasoningEffortOptions",
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-reasoning-effort-options",
    "successStatus": 200
  },
  "listSessionCopilotModels": {
    "operationId": "listSessionCopilotModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/copilot-models",
    "successStatus": 200
  },
  "listSessionCursorModels": {
    "operationId": "listSessionCursorModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-models",
    "successStatus": 200
  },
  "listSessionPiModels": {
    "operationId": "listSessionPiModels",
    "method": "get",
    "path": "/api/sessions/{sessionId}/pi-models",
    "successStatus": 200
  },
  "getScratchlistLimits": {
    "operationId": "getScratchlistLimits",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/limits",
    "successStatus": 200
  },
  "uploadScratchlistAttachment": {
    "operationId": "uploadScratchlistAttachment",
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist/upload",
    "successStatus": 200
  },
  "getScratchlistAttachment": {
    "operationId": "getScratchlistAttachment",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}",
    "successStatus": 200
  },
  "deleteScratchlistAttachment": {
    "operationId": "deleteScratchlistAttachment",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}",
    "successStatus": 200
  },
  "listScratchlistEntries": {
    "operationId": "listScratchlistEntries",
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist",
    "successStatus": 200
  },
  "createScratchlistEntry": {
    "operationId": "createScratchlistEntry",
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist",
    "successStatus": 200
  },
  "updateScratchlistEntry": {
    "operationId": "updateScratchlistEntry",
    "method": "put",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}",
    "successStatus": 200
  },
  "deleteScratchlistEntry": {
    "operationId": "deleteScratchlistEntry",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}",
    "successStatus": 200
  },
  "listMessages": {
    "operationId": "listMessages",
    "method": "get",
    "path": "/api/sessions/{sessionId}/messages",
    "successStatus": 200
  },
  "sendMessage": {
    "operationId": "sendMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages",
    "successStatus": 200
  },
  "cancelMessage": {
    "operationId": "cancelMessage",
    "method": "delete",
    "path": "/api/sessions/{sessionId}/messages/{messageId}",
    "successStatus": 200
  },
  "steerMessage": {
    "operationId": "steerMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/steer",
    "successStatus": 200
  },
  "retryMessage": {
    "operationId": "retryMessage",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/retry",
    "successStatus": 200
  },
  "getQueuedMessageState": {
    "operationId": "getQueuedMessageState",
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/queued-state",
    "successStatus": 200
  },
  "approvePermission": {
    "operationId": "approvePermission",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/approve",
    "successStatus": 200
  },
  "denyPermission": {
    "operationId": "denyPermission",
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/deny",
    "successStatus": 200
  },
  "listMachines": {
    "operationId": "listMachines",
    "method": "get",
    "path": "/api/machines",
    "successStatus": 200
  },
  "renameMachine": {
    "operationId": "renameMachine",
    "method": "patch",
    "path": "/api/machines/{machineId}",
    "successStatus": 200
  },
  "spawnSession": {
    "operationId": "spawnSession",
    "method": "post",
    "path": "/api/machines/{machineId}/spawn",
    "successStatus": 200
  },
  "listMachineDirectory": {
    "operationId": "listMachineDirectory",
    "method": "post",
    "path": "/api/machines/{machineId}/list-directory",
    "successStatus": 200
  },
  "checkMachinePathsExist": {
    "operationId": "checkMachinePathsExist",
    "method": "post",
    "path": "/api/machines/{machineId}/paths/exists",
    "successStatus": 200
  },
  "listMachineAgyModels": {
    "operationId": "listMachineAgyModels",
    "method": "get",
    "path": "/api/machines/{machineId}/agy-models",
    "successStatus": 200
  },
  "listMachinePiModels": {
    "operationId": "listMachinePiModels",
    "method": "get",
    "path": "/api/machines/{machineId}/pi-models",
    "successStatus": 200
  },
  "listMachineCodexModels": {
    "operationId": "listMachineCodexModels",
    "method": "get",
    "path": "/api/machines/{machineId}/codex-models",
    "successStatus": 200
  },
  "listMachineCursorModels": {
    "operationId": "listMachineCursorModels",
    "method": "get",
    "path": "/api/machines/{machineId}/cursor-models",
    "successStatus": 200
  },
  "listMachineOpencodeModels": {
    "operationId": "listMachineOpencodeModels",
    "method": "get",
    "path": "/api/machines/{machineId}/opencode-models",
    "successStatus": 200
  },
  "listMachineGrokModels": {
    "operationId": "listMachineGrokModels",
    "method": "get",
    "path": "/api/machines/{machineId}/grok-models",
    "successStatus": 200
  },
  "listMachineCopilotModels": {
    "operationId": "listMachineCopilotModels",
    "method": "get",
    "path": "/api/machines/{machineId}/copilot-models",
    "successStatus": 200
  },
  "restartMachineRunner": {
    "operationId": "restartMachineRunner",
    "method": "post",
    "path": "/api/machines/{machineId}/restart-runner",
    "successStatus": 200
  },
  "getGitStatus": {
    "operationId": "getGitStatus",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-status",
    "successStatus": 200
  },
  "getGitDiffNumstat": {
    "operationId": "getGitDiffNumstat",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-numstat",
    "successStatus": 200
  },
  "getGitDiffFile": {
    "operationId": "getGitDiffFile",
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-file",
    "successStatus": 200
  },
  "readSessionFile": {
    "operationId": "readSessionFile",
    "method": "get",
    "path": "/api/sessions/{sessionId}/file",
    "successStatus": 200
  },
  "searchSessionFiles": {
    "operationId": "searchSessionFiles",
    "method": "get",
    "path": "/api/sessions/{sessionId}/files",
    "successStatus": 200
  },
  "listSessionDirectory": {
    "operationId": "listSessionDirectory",
    "method": "get",
    "path": "/api/sessions/{sessionId}/directory",
    "successStatus": 200
  },
  "getGeneratedImage": {
    "operationId": "getGeneratedImage",
    "method": "get",
    "path": "/api/sessions/{sessionId}/generated-images/{imageId}",
    "successStatus": 200
  },
  "getVoiceBackend": {
    "operationId": "getVoiceBackend",
    "method": "get",
    "path": "/api/voice/backend",
    "successStatus": 200
  },
  "listTranscriptionProviders": {
    "operationId": "listTranscriptionProviders",
    "method": "get",
    "path": "/api/voice/transcription/providers",
    "successStatus": 200
  },
  "getTranscriptionCredentials": {
    "operationId": "getTranscriptionCredentials",
    "method": "get",
    "path": "/api/voice/transcription/credentials",
    "successStatus": 200
  },
  "updateTranscriptionCredentials": {
    "operationId": "updateTranscriptionCredentials",
    "method": "put",
    "path": "/api/voice/transcription/credentials",
    "successStatus": 200
  },
  "transcribeAudio": {
    "operationId": "transcribeAudio",
    "method": "post",
    "path": "/api/voice/transcription",
    "successStatus": 200
  },
  "createRealtimeTranscriptionToken": {
    "operationId": "createRealtimeTranscriptionToken",
    "method": "post",
    "path": "/api/voice/transcription/realtime-token",
    "successStatus": 200
  },
  "createVoiceToken": {
    "operationId": "createVoiceToken",
    "method": "post",
    "path": "/api/voice/token",
    "successStatus": 200
  },
  "createGeminiVoiceToken": {
    "operationId": "createGeminiVoiceToken",
    "method": "post",
    "path": "/api/voice/gemini-token",
    "successStatus": 200
  },
  "createQwenVoiceToken": {
    "operationId": "createQwenVoiceToken",
    "method": "post",
    "path": "/api/voice/qwen-token",
    "successStatus": 200
  },
  "listVoices": {
    "operationId": "listVoices",
    "method": "get",
    "path": "/api/voice/voices",
    "successStatus": 200
  },
  "sendVoiceTelemetry": {
    "operationId": "sendVoiceTelemetry",
    "method": "post",
    "path": "/api/voice/telemetry",
    "successStatus": 200
  },
  "getVapidPublicKey": {
    "operationId": "getVapidPublicKey",
    "method": "get",
    "path": "/api/push/vapid-public-key",
    "successStatus": 200
  },
  "subscribePush": {
    "operationId": "subscribePush",
    "method": "post",
    "path": "/api/push/subscribe",
    "successStatus": 200
  },
  "unsubscribePush": {
    "operationId": "unsubscribePush",
    "method": "delete",
    "path": "/api/push/subscribe",
    "successStatus": 200
  },
  "registerDevice": {
    "operationId": "registerDevice",
    "method": "post",
    "path": "/api/devices/register",
    "successStatus": 200
  },
  "unregisterDevice": {
    "operationId": "unregisterDevice",
    "method": "delete",
    "path": "/api/devices/register",
    "successStatus": 200
  },
  "streamEvents": {
    "operationId": "streamEvents",
    "method": "get",
    "path": "/api/events",
    "successStatus": 200,
    "streaming": true,
    "security": [
      [
        "jwtQuery"
      ],
      [
        "bearerJwt"
      ]
    ]
  },
  "setVisibility": {
    "operationId": "setVisibility",
    "method": "post",
    "path": "/api/visibility",
    "successStatus": 200
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operations;

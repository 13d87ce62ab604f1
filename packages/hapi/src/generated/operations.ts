/**
 * Generated from specs/hapi/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

import type { OperationTable } from "@vendor-sdks/runtime";

export const operationTable = {
  "getHealth": {
    "method": "get",
    "path": "/health",
    "security": []
  },
  "createAuthToken": {
    "method": "post",
    "path": "/api/auth",
    "security": []
  },
  "bindTelegramAccount": {
    "method": "post",
    "path": "/api/bind",
    "security": []
  },
  "listSessions": {
    "method": "get",
    "path": "/api/sessions",
    "pagination": {
      "style": "offset",
      "limitParam": "limit",
      "items": "/sessions",
      "maxLimit": 500
    }
  },
  "getSession": {
    "method": "get",
    "path": "/api/sessions/{sessionId}"
  },
  "deleteSession": {
    "method": "delete",
    "path": "/api/sessions/{sessionId}"
  },
  "renameSession": {
    "method": "patch",
    "path": "/api/sessions/{sessionId}"
  },
  "exportSession": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/export"
  },
  "getCursorChatStore": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-chat-store"
  },
  "resumeSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/resume"
  },
  "reopenSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/reopen"
  },
  "abortSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/abort"
  },
  "switchSessionToRemote": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/switch"
  },
  "archiveSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/archive"
  },
  "updateSessionSummary": {
    "method": "patch",
    "path": "/api/sessions/{sessionId}/summary"
  },
  "pinSession": {
    "method": "put",
    "path": "/api/sessions/{sessionId}/pin"
  },
  "suggestSessionTitle": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/title-suggestion"
  },
  "forkSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/fork"
  },
  "rewindSession": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/rewind"
  },
  "migrateSessionToAcp": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/migrate-to-acp"
  },
  "uploadSessionFile": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload"
  },
  "deleteSessionUpload": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/upload/delete"
  },
  "setSessionPermissionMode": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/permission-mode"
  },
  "setSessionModel": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/model"
  },
  "setSessionEffort": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/effort"
  },
  "setSessionModelReasoningEffort": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/model-reasoning-effort"
  },
  "setSessionServiceTier": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/service-tier"
  },
  "setSessionCollaborationMode": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/collaboration-mode"
  },
  "setSessionCopilotAgentMode": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/copilot-agent-mode"
  },
  "listSlashCommands": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/slash-commands"
  },
  "listSessionSkills": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/skills"
  },
  "listSessionCodexModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/codex-models"
  },
  "listSessionOpencodeModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-models"
  },
  "listSessionOpencodeReasoningEffortOptions": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/opencode-reasoning-effort-options"
  },
  "listSessionGrokModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-models"
  },
  "listSessionGrokReasoningEffortOptions": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/grok-reasoning-effort-options"
  },
  "listSessionCopilotModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/copilot-models"
  },
  "listSessionCursorModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/cursor-models"
  },
  "listSessionPiModels": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/pi-models"
  },
  "getScratchlistLimits": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/limits"
  },
  "uploadScratchlistAttachment": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist/upload"
  },
  "getScratchlistAttachment": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}"
  },
  "deleteScratchlistAttachment": {
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}"
  },
  "listScratchlistEntries": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/scratchlist"
  },
  "createScratchlistEntry": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/scratchlist"
  },
  "updateScratchlistEntry": {
    "method": "put",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}"
  },
  "deleteScratchlistEntry": {
    "method": "delete",
    "path": "/api/sessions/{sessionId}/scratchlist/{entryId}"
  },
  "listMessages": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/messages"
  },
  "sendMessage": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages"
  },
  "cancelMessage": {
    "method": "delete",
    "path": "/api/sessions/{sessionId}/messages/{messageId}"
  },
  "steerMessage": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/steer"
  },
  "retryMessage": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/{messageId}/retry"
  },
  "getQueuedMessageState": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/messages/queued-state"
  },
  "approvePermission": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/approve"
  },
  "denyPermission": {
    "method": "post",
    "path": "/api/sessions/{sessionId}/permissions/{requestId}/deny"
  },
  "listMachines": {
    "method": "get",
    "path": "/api/machines"
  },
  "renameMachine": {
    "method": "patch",
    "path": "/api/machines/{machineId}"
  },
  "spawnSession": {
    "method": "post",
    "path": "/api/machines/{machineId}/spawn"
  },
  "listMachineDirectory": {
    "method": "post",
    "path": "/api/machines/{machineId}/list-directory"
  },
  "checkMachinePathsExist": {
    "method": "post",
    "path": "/api/machines/{machineId}/paths/exists"
  },
  "listMachineAgyModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/agy-models"
  },
  "listMachinePiModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/pi-models"
  },
  "listMachineCodexModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/codex-models"
  },
  "listMachineCursorModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/cursor-models"
  },
  "listMachineOpencodeModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/opencode-models"
  },
  "listMachineGrokModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/grok-models"
  },
  "listMachineCopilotModels": {
    "method": "get",
    "path": "/api/machines/{machineId}/copilot-models"
  },
  "restartMachineRunner": {
    "method": "post",
    "path": "/api/machines/{machineId}/restart-runner"
  },
  "getGitStatus": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-status"
  },
  "getGitDiffNumstat": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-numstat"
  },
  "getGitDiffFile": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/git-diff-file"
  },
  "readSessionFile": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/file"
  },
  "searchSessionFiles": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/files"
  },
  "listSessionDirectory": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/directory"
  },
  "getGeneratedImage": {
    "method": "get",
    "path": "/api/sessions/{sessionId}/generated-images/{imageId}"
  },
  "getVoiceBackend": {
    "method": "get",
    "path": "/api/voice/backend"
  },
  "listTranscriptionProviders": {
    "method": "get",
    "path": "/api/voice/transcription/providers"
  },
  "getTranscriptionCredentials": {
    "method": "get",
    "path": "/api/voice/transcription/credentials"
  },
  "updateTranscriptionCredentials": {
    "method": "put",
    "path": "/api/voice/transcription/credentials"
  },
  "transcribeAudio": {
    "method": "post",
    "path": "/api/voice/transcription"
  },
  "createRealtimeTranscriptionToken": {
    "method": "post",
    "path": "/api/voice/transcription/realtime-token"
  },
  "createVoiceToken": {
    "method": "post",
    "path": "/api/voice/token"
  },
  "createGeminiVoiceToken": {
    "method": "post",
    "path": "/api/voice/gemini-token"
  },
  "createQwenVoiceToken": {
    "method": "post",
    "path": "/api/voice/qwen-token"
  },
  "listVoices": {
    "method": "get",
    "path": "/api/voice/voices"
  },
  "sendVoiceTelemetry": {
    "method": "post",
    "path": "/api/voice/telemetry"
  },
  "getVapidPublicKey": {
    "method": "get",
    "path": "/api/push/vapid-public-key"
  },
  "subscribePush": {
    "method": "post",
    "path": "/api/push/subscribe"
  },
  "unsubscribePush": {
    "method": "delete",
    "path": "/api/push/subscribe"
  },
  "registerDevice": {
    "method": "post",
    "path": "/api/devices/register"
  },
  "unregisterDevice": {
    "method": "delete",
    "path": "/api/devices/register"
  },
  "streamEvents": {
    "method": "get",
    "path": "/api/events",
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
    "method": "post",
    "path": "/api/visibility"
  }
} as const satisfies OperationTable;

export type OperationId = keyof typeof operationTable;

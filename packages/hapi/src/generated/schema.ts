/**
 * Generated from specs/hapi/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the hub is up
         * @description Needs no credentials. `capabilities` is additive: ignore keys you do not know.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an access token for a JWT
         * @description Send the access token (`CLI_API_TOKEN`, optionally suffixed `:<namespace>`; without a suffix the namespace is `default`) or Telegram Mini App `initData`. The JWT lives 4 hours; there is no refresh endpoint: call this again.
         */
        post: operations["createAuthToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind a Telegram user to a namespace
         * @description Binds the Telegram user in `initData` to the namespace of the access token and returns a JWT, like `/api/auth`.
         */
        post: operations["bindTelegramAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sessions
         * @description Every session of the caller's namespace, inactive and archived ones included. Default order: globally pinned, pinned, active (most pending requests first), then most recently updated.
         */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a session */
        get: operations["getSession"];
        put?: never;
        post?: never;
        /**
         * Delete an inactive session
         * @description An active session must be archived first.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        /**
         * Rename a session
         * @description Works on inactive sessions too.
         */
        patch: operations["renameSession"];
        trace?: never;
    };
    "/api/sessions/{sessionId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a session with its messages
         * @description Returns the export (`schemaVersion` 2) or, above 20 000 messages without `force=true`, a warning object (`type: warning`) instead. Above 100 MiB the hub answers 413.
         */
        get: operations["exportSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/cursor-chat-store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check the Cursor chat store of a session
         * @description Asks the machine whether the Cursor chat store exists on disk and which kind it is.
         */
        get: operations["getCursorChatStore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume an inactive session
         * @description Starts the session again on its machine. The returned `sessionId` may differ from the path id: re-target to it.
         */
        post: operations["resumeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a session
         * @description Reopens (and resumes when possible) a session. No body is read.
         */
        post: operations["reopenSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/abort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abort the current turn
         * @description Stops what the agent is doing. Any request body is ignored. When the session CLI cannot be reached the hub answers a plain-text 500.
         */
        post: operations["abortSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/switch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take remote control of a session
         * @description Hands a terminal-controlled session over to remote control. Any request body is ignored. Plain-text 500 when the CLI cannot be reached.
         */
        post: operations["switchSessionToRemote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive a session
         * @description Stops the session and marks it archived. When the CLI is unreachable the hub still archives it. An inactive session that is neither running nor archived gets 409 (without a code).
         */
        post: operations["archiveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a session's summary
         * @description Writes `metadata.summary`. Works on inactive sessions too.
         */
        patch: operations["updateSessionSummary"];
        trace?: never;
    };
    "/api/sessions/{sessionId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pin or unpin a session */
        put: operations["pinSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/title-suggestion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suggest a session title
         * @description Asks the configured title provider for a title. Provider errors pass through as 422, 429, 502 or 503.
         */
        post: operations["suggestSessionTitle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/fork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fork a session
         * @description Forks the conversation, at a message when `messageLocalId` is given. The body may be empty.
         */
        post: operations["forkSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/rewind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rewind a session to a message */
        post: operations["rewindSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/migrate-to-acp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Migrate a Cursor session to ACP
         * @description Maintenance for Cursor sessions: moves a legacy chat store to the ACP protocol. The body is optional.
         */
        post: operations["migrateSessionToAcp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file to the session's machine
         * @description JSON with base64 content (not multipart), at most 50 MB decoded. Use the returned path in message attachments.
         */
        post: operations["uploadSessionFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/upload/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete an uploaded file */
        post: operations["deleteSessionUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/permission-mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the permission mode
         * @description Applies to inactive sessions too (stored for the next start). The CLI's keepalive may later report a different mode.
         */
        post: operations["setSessionPermissionMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the model
         * @description A model id, `{provider, modelId}` (Pi), or null for the default. Not available for `dsh`.
         */
        post: operations["setSessionModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/effort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the effort
         * @description Claude, Grok and Pi sessions only. Null restores the default.
         */
        post: operations["setSessionEffort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/model-reasoning-effort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the model reasoning effort
         * @description Codex and OpenCode sessions only. Null restores the default.
         */
        post: operations["setSessionModelReasoningEffort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/service-tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the Codex service tier
         * @description Codex sessions only.
         */
        post: operations["setSessionServiceTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/collaboration-mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the Codex collaboration mode
         * @description Codex sessions only.
         */
        post: operations["setSessionCollaborationMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/copilot-agent-mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the Copilot agent mode
         * @description Copilot sessions only. The legacy `fleet` is accepted and stored as `interactive`.
         */
        post: operations["setSessionCopilotAgentMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/slash-commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the session's slash commands
         * @description Asks the CLI; when that fails the hub answers 200 with `success: false` (and may fall back to the commands in the session metadata).
         */
        get: operations["listSlashCommands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the session's skills
         * @description Passes the CLI's answer through. Its success shape is not described by the hub beyond `success`.
         */
        get: operations["listSessionSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/codex-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Codex models options for a session
         * @description Active Codex sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionCodexModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/opencode-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OpenCode models options for a session
         * @description Active OpenCode sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionOpencodeModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/opencode-reasoning-effort-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OpenCode reasoning efforts options for a session
         * @description Active OpenCode sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionOpencodeReasoningEffortOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/grok-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Grok models options for a session
         * @description Active Grok sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionGrokModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/grok-reasoning-effort-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Grok reasoning efforts options for a session
         * @description Active Grok sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionGrokReasoningEffortOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/copilot-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Copilot models options for a session
         * @description Active Copilot sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionCopilotModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/cursor-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cursor models options for a session
         * @description Active Cursor sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionCursorModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/pi-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pi models options for a session
         * @description Active Pi sessions only. The CLI's refusals arrive as 200 with `success: false`; an unreachable CLI gives 500.
         */
        get: operations["listSessionPiModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/scratchlist/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the scratchlist limits */
        get: operations["getScratchlistLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/scratchlist/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a scratchlist attachment
         * @description Stores the file on the hub (not on the machine). Pass the returned attachment when creating or updating an entry.
         */
        post: operations["uploadScratchlistAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/scratchlist/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a scratchlist attachment
         * @description The raw bytes, with the stored MIME type and `Content-Disposition: inline`.
         */
        get: operations["getScratchlistAttachment"];
        put?: never;
        post?: never;
        /** Delete a scratchlist attachment */
        delete: operations["deleteScratchlistAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/scratchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scratchlist entries */
        get: operations["listScratchlistEntries"];
        put?: never;
        /**
         * Add a scratchlist entry
         * @description Idempotent on `entryId`: sending an existing id returns that entry with 200. The text must not be blank unless there is an attachment.
         */
        post: operations["createScratchlistEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/scratchlist/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a scratchlist entry
         * @description Give `text`, `attachments` or both; the entry must not end up empty.
         */
        put: operations["updateScratchlistEntry"];
        post?: never;
        /** Delete a scratchlist entry */
        delete: operations["deleteScratchlistEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a page of messages
         * @description Messages are in ascending position order, where position = (invokedAt ?? createdAt, seq). Without a cursor you get the latest page (plus every still-queued user message). Cursors are pairs: `beforeSeq`+`beforeAt` pages backwards, `afterSeq`+`afterAt` forwards (optionally bounded by `untilSeq`+`untilAt`, and with your cached `epoch`; on an epoch mismatch the hub answers the latest page with `reset: true`). `before` and `after` exclude each other. Take the next cursor from `page.nextBefore*` or `page.nextAfter*`. The pairing rules do not fit a single cursor parameter, so there is no `x-pagination`: the client offers helpers instead.
         */
        get: operations["listMessages"];
        put?: never;
        /**
         * Send a message
         * @description Queues a user message. The stored message arrives on the event stream as `message-received`, matched by `localId`. `scheduledAt` needs a `localId`, at most 7 days ahead, no attachments and no `steer`. `steer` is honoured for Pi sessions only.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Cancel a queued message
         * @description `messageId` may be the server id or the `localId`. A message already gone gives `cancelled` with `localId: null`.
         */
        delete: operations["cancelMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages/{messageId}/steer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Steer a queued message into the current turn
         * @description Pi, Codex and Cursor ACP sessions only; other sessions get `failed`.
         */
        post: operations["steerMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages/{messageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a message whose delivery is unknown */
        post: operations["retryMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/messages/queued-state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check which messages are still queued
         * @description After a reconnect with a gap, tells which of your `localId`s are queued, indeterminate or already consumed. Duplicates are ignored.
         */
        post: operations["getQueuedMessageState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/permissions/{requestId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a permission request
         * @description `requestId` is a key of `agentState.requests`. The body is optional. Plain-text 500 when the CLI cannot be reached.
         */
        post: operations["approvePermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/permissions/{requestId}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deny a permission request
         * @description The body is optional. Plain-text 500 when the CLI cannot be reached.
         */
        post: operations["denyPermission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List online machines
         * @description Only machines that sent a keepalive in the last 45 s.
         */
        get: operations["listMachines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a machine
         * @description Trimmed; an empty name clears it; at most 64 characters after trimming.
         */
        patch: operations["renameMachine"];
        trace?: never;
    };
    "/api/machines/{machineId}/spawn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a session on a machine
         * @description A failed spawn is still HTTP 200 with `type: error`. `agy` and `dsh` sessions must start in `remote` mode.
         */
        post: operations["spawnSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/list-directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** List a directory on a machine */
        post: operations["listMachineDirectory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/paths/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check which paths exist on a machine
         * @description Paths are trimmed and de-duplicated; blanks are dropped (with none left the answer is `{exists: {}}`).
         */
        post: operations["checkMachinePathsExist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/agy-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List AGY models available on a machine
         * @description Used by pickers before a session is spawned.
         */
        get: operations["listMachineAgyModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/pi-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Pi models available on a machine
         * @description Used by pickers before a session is spawned.
         */
        get: operations["listMachinePiModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/codex-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Codex models available on a machine
         * @description Used by pickers before a session is spawned.
         */
        get: operations["listMachineCodexModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/cursor-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cursor models available on a machine
         * @description Used by pickers before a session is spawned.
         */
        get: operations["listMachineCursorModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/opencode-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List OpenCode models available on a machine
         * @description Used by pickers before a session is spawned. `cwd` is required.
         */
        get: operations["listMachineOpencodeModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/grok-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Grok models available on a machine
         * @description Used by pickers before a session is spawned. `cwd` is required.
         */
        get: operations["listMachineGrokModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/copilot-models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Copilot models available on a machine
         * @description Used by pickers before a session is spawned. `cwd` is required.
         */
        get: operations["listMachineCopilotModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/machines/{machineId}/restart-runner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restart a machine's runner
         * @description Needs a supervised runner. A body is ignored.
         */
        post: operations["restartMachineRunner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/git-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get git status
         * @description Raw `git status` output, for the client to parse. CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["getGitStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/git-diff-numstat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get changed line counts
         * @description `git diff --numstat` output. CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["getGitDiffNumstat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/git-diff-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the diff of one file
         * @description A unified diff. CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["getGitDiffFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a file
         * @description The file's content, base64-encoded. CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["readSessionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search files by name
         * @description Fuzzy file search in the session directory (ripgrep). CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["searchSessionFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a directory
         * @description An empty or missing path lists the session root. CLI failures (and a session without a path) arrive as HTTP 200 with `success: false`.
         */
        get: operations["listSessionDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{sessionId}/generated-images/{imageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an image the agent generated
         * @description Raw bytes with the CLI's MIME type. Cached forever by id: send `If-None-Match` to get 304.
         */
        get: operations["getGeneratedImage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/backend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the voice assistant backend */
        get: operations["getVoiceBackend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/transcription/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List configured speech-to-text providers */
        get: operations["listTranscriptionProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/transcription/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the status of voice provider keys
         * @description Owner only. Keys are never returned, only whether they are set and a masked hint.
         */
        get: operations["getTranscriptionCredentials"];
        /**
         * Set or clear voice provider keys
         * @description Owner only. Unknown keys are rejected. A key set by an environment variable cannot be changed (409).
         */
        put: operations["updateTranscriptionCredentials"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/transcription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcribe an audio file
         * @description The only multipart route. Audio up to 25 MiB (`audio/*`, `video/webm` or `video/mp4`).
         */
        post: operations["transcribeAudio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/transcription/realtime-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get a realtime transcription token */
        post: operations["createRealtimeTranscriptionToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get an ElevenLabs conversation token */
        post: operations["createVoiceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/gemini-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the Gemini Live proxy address
         * @description The key stays on the hub: the client connects to the returned WebSocket proxy with its JWT.
         */
        post: operations["createGeminiVoiceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/qwen-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get the Qwen realtime proxy address */
        post: operations["createQwenVoiceToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ElevenLabs voices
         * @description Always 200; the list is empty without a key or when ElevenLabs fails.
         */
        get: operations["listVoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/voice/telemetry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a voice client event */
        post: operations["sendVoiceTelemetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/vapid-public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the Web Push public key */
        get: operations["getVapidPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/push/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe to Web Push notifications */
        post: operations["subscribePush"];
        /**
         * Unsubscribe from Web Push notifications
         * @description Takes a JSON body on DELETE.
         */
        delete: operations["unsubscribePush"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/devices/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a native push device
         * @description Upserts on (namespace, deviceId, platform). `pushKey` (base64 of exactly 32 bytes) is required for `ios`.
         */
        post: operations["registerDevice"];
        /**
         * Unregister a native push device
         * @description Takes a JSON body on DELETE.
         */
        delete: operations["unregisterDevice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream hub events
         * @description A long-lived Server-Sent Events stream. Every frame is a default `message` event whose `data` is one JSON SyncEvent; broadcast frames carry an `id`. The first frame is `connection-changed` with `resume: ok` (missed events follow) or `gap` (resync over REST). A heartbeat arrives every 30 s. Browsers cannot set headers on EventSource, so this route takes the JWT as `?token=` (listed first) or as a Bearer header (which wins when both are sent). Resume with the standard `Last-Event-ID` header (or `lastEventId`).
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an event-stream connection visible or hidden
         * @description While any connection of a namespace is visible, notifications arrive as `toast` events instead of Web Push.
         */
        post: operations["setVisibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A JWT and the user it was issued for. */
        AuthResult: {
            /** @description The JWT (HS256, claims `uid`, `ns`, `iat`, `exp`; lives 4 hours). Send it as `Authorization: Bearer`. */
            token: string;
            user: {
                /** @description The hub owner id (1 or a random positive integer), not a per-user id. */
                id: number;
                username?: string;
                /** @description `Web User` on the access-token path. */
                firstName?: string;
                lastName?: string;
            };
        };
        /** @description Validation details on some 400s: either a list of issues (scratchlist, migrate-to-acp) or a flattened form `{formErrors, fieldErrors}` (messages, queued-state, devices). */
        ValidationIssues: {
            [key: string]: unknown;
        }[] | {
            formErrors: string[];
            fieldErrors: {
                [key: string]: string[];
            };
        };
        /** @description The hub's usual error body. `code` and `issues` appear only on some routes. */
        Error: {
            /** @description Human-readable message. Some are stable tokens (`not_bound`, `already_bound`). */
            error: string;
            /** @description Machine-readable code, present on a few errors only (e.g. `session_inactive`, `resume_unavailable`, `scratchlist_at_cap`). */
            code?: string;
            issues?: components["schemas"]["ValidationIssues"];
        };
        /** @description The git worktree a session runs in. */
        Worktree: {
            basePath: string;
            branch: string;
            name: string;
            worktreePath?: string;
            createdAt?: number;
        };
        /** @description A session as it appears in the session list. */
        SessionSummary: {
            id: string;
            active: boolean;
            thinking: boolean;
            activeAt: number;
            updatedAt: number;
            pinned?: boolean;
            globalPinned?: boolean;
            metadata: {
                name?: string;
                path: string;
                machineId?: string;
                summary?: {
                    text: string;
                };
                flavor?: string | null;
                worktree?: components["schemas"]["Worktree"];
                /** @description The agent's own session id for this flavor. */
                agentSessionId?: string;
                lifecycleState?: string;
                hapiMcpUrl?: string;
            } | null;
            metadataVersion?: number;
            agentStateVersion?: number;
            todosUpdatedAt?: number;
            todoProgress?: {
                completed: number;
                total: number;
            } | null;
            /** @description Authoritative number of pending requests. */
            pendingRequestsCount?: number;
            pendingRequestKinds?: ("permission" | "input")[];
            /** @description At most 5 pending requests, oldest first. */
            pendingRequests?: {
                id: string;
                /** @enum {string} */
                kind: "permission" | "input";
                tool: string;
                since: number;
            }[];
            backgroundTaskCount?: number;
            futureScheduledMessageCount?: number;
            nextScheduledAt?: number | null;
            model?: string | null;
            modelReasoningEffort?: string | null;
            effort?: string | null;
        };
        /** @description Session metadata reported by the CLI. Only `path` and `host` are always there; many more optional fields exist. */
        Metadata: {
            /** @description Working directory of the session on its machine. */
            path: string;
            host: string;
            version?: string;
            name?: string;
            os?: string;
            machineId?: string;
            /** @description Agent flavor (see AgentFlavor); may be null on old sessions. */
            flavor?: string | null;
            summary?: {
                text: string;
                /** @description When the summary was written (epoch milliseconds). */
                updatedAt?: number;
            };
            tools?: string[];
            slashCommands?: string[];
            claudeSessionId?: string;
            codexSessionId?: string;
            cursorSessionId?: string;
            piSessionId?: string;
            forkedFrom?: string;
            /** @description Set when another session replaced this one. */
            supersededBySessionId?: string;
            /** @enum {string} */
            cursorSessionProtocol?: "acp" | "stream-json";
            /** @enum {string|null} */
            startingMode?: "local" | "remote" | "pty" | null;
            /** @enum {string} */
            startedBy?: "runner" | "terminal";
            startedFromRunner?: boolean;
            hostPid?: number;
            hapiMcpUrl?: string;
            /** @description For example `running` or `archived`. */
            lifecycleState?: string;
            /** @description When the lifecycle state last changed (epoch milliseconds). */
            lifecycleStateSince?: number;
            archivedBy?: string;
            archiveReason?: string;
            homeDir?: string;
            worktree?: components["schemas"]["Worktree"];
            /** @description What the session's CLI supports (terminal, conversation history operations). */
            capabilities?: {
                [key: string]: unknown;
            };
        };
        /** @description A permission request waiting for an answer. */
        PermissionRequest: {
            /** @description Tool the agent wants to run. */
            tool: string;
            /** @description The tool's arguments (any JSON). */
            arguments?: unknown;
            createdAt?: number | null;
        };
        /**
         * @description How a permission request was decided.
         * @enum {string}
         */
        PermissionDecision: "approved" | "approved_for_session" | "denied" | "abort";
        /** @description Answers to an input request, keyed by question: either a list of strings or `{answers: [...]}` per key. */
        PermissionAnswers: {
            [key: string]: string[];
        } | {
            [key: string]: {
                answers: string[];
            };
        };
        /** @description A permission request that was answered, denied or cancelled. */
        CompletedPermissionRequest: {
            tool: string;
            /** @description The tool's arguments (any JSON). */
            arguments?: unknown;
            /** @enum {string} */
            status: "canceled" | "denied" | "approved";
            createdAt?: number | null;
            completedAt?: number | null;
            reason?: string;
            mode?: string;
            allowTools?: string[];
            decision?: components["schemas"]["PermissionDecision"];
            answers?: components["schemas"]["PermissionAnswers"];
        };
        /** @description The agent's live state as the CLI reports it. */
        AgentState: {
            /** @description True while a terminal user controls the session (some config changes are then refused). */
            controlledByUser?: boolean | null;
            steeringActive?: boolean | null;
            /** @enum {string|null} */
            startingMode?: "local" | "remote" | "pty" | null;
            /** @description Pending permission requests keyed by request id. They are not messages. */
            requests?: {
                [key: string]: components["schemas"]["PermissionRequest"];
            } | null;
            /** @description Resolved permission requests keyed by request id. */
            completedRequests?: {
                [key: string]: components["schemas"]["CompletedPermissionRequest"];
            } | null;
        };
        /** @description One item of the agent's todo list. */
        TodoItem: {
            content: string;
            /** @enum {string} */
            status: "pending" | "in_progress" | "completed";
            /** @enum {string} */
            priority?: "high" | "medium" | "low";
            id?: string;
            activeForm?: string;
        };
        /** @description State of an agent team (members, tasks, messages). */
        TeamState: {
            teamName: string;
            description?: string;
            updatedAt?: number;
            members?: {
                name: string;
                agentType?: string;
                /** @enum {string} */
                status?: "active" | "idle" | "shutdown";
            }[];
            tasks?: {
                id: string;
                title: string;
                description?: string;
                /** @enum {string} */
                status?: "pending" | "in_progress" | "completed" | "blocked";
                owner?: string;
            }[];
            messages?: {
                from: string;
                to: string;
                summary: string;
                /** @enum {string} */
                type: "message" | "broadcast" | "shutdown_request" | "shutdown_response";
                timestamp: number;
            }[];
        };
        /**
         * @description How the agent asks for permission. Each flavor accepts a subset (claude: default, acceptEdits, auto, bypassPermissions, plan; codex/gemini/kimi/copilot: default, read-only, safe-yolo, yolo; grok: default, auto, plan, bypassPermissions; opencode: default, plan, yolo; cursor: default, plan, ask, debug, autoReview, yolo; agy: request-review, always-proceed; dsh and pi: none). The hub answers 400 for a mode the session's flavor does not allow.
         * @enum {string}
         */
        PermissionMode: "default" | "acceptEdits" | "auto" | "bypassPermissions" | "plan" | "ask" | "debug" | "autoReview" | "read-only" | "safe-yolo" | "yolo" | "request-review" | "always-proceed";
        /**
         * @description Codex collaboration mode.
         * @enum {string}
         */
        CodexCollaborationMode: "default" | "plan";
        /**
         * @description Copilot's agent mode as the hub reports it.
         * @enum {string}
         */
        CopilotAgentMode: "interactive" | "plan" | "autopilot";
        /** @description A full session record. */
        Session: {
            /** @description Session id (a UUID). */
            id: string;
            namespace: string;
            /** @description Row version; grows with every update. */
            seq: number;
            createdAt: number;
            updatedAt: number;
            active: boolean;
            /** @description Last time the session was seen alive (0 when never). */
            activeAt: number;
            metadata: components["schemas"]["Metadata"] | null;
            metadataVersion: number;
            agentState: components["schemas"]["AgentState"] | null;
            agentStateVersion: number;
            /** @description True while the agent is working on a turn. */
            thinking: boolean;
            thinkingAt: number;
            pinned?: boolean;
            globalPinned?: boolean;
            activeTurnStartedAt?: number | null;
            backgroundTaskCount?: number;
            todos?: components["schemas"]["TodoItem"][];
            teamState?: components["schemas"]["TeamState"];
            todosUpdatedAt?: number;
            teamStateUpdatedAt?: number;
            model?: string | null;
            modelReasoningEffort?: string | null;
            effort?: string | null;
            serviceTier?: string | null;
            permissionMode?: components["schemas"]["PermissionMode"];
            collaborationMode?: components["schemas"]["CodexCollaborationMode"];
            copilotAgentMode?: components["schemas"]["CopilotAgentMode"];
        };
        /** @description `{ok: true}`. */
        OkResult: {
            /** @description Always true. */
            ok: boolean;
        };
        /** @description A stored message of a session. */
        DecryptedMessage: {
            /** @description Server message id (UUID). */
            id: string;
            /** @description Per-session insert counter. */
            seq: number | null;
            /** @description The client-chosen id given when the message was sent. */
            localId: string | null;
            /** @description Role envelope `{role: user|agent, content, meta?}`. User text is `{role:'user', content:{type:'text', text, attachments?}, meta:{sentFrom, deliveryMode}}`; agent payloads vary by agent family. */
            content: unknown;
            createdAt: number;
            /** @description When the agent consumed the message; null while it is queued. */
            invokedAt?: number | null;
            scheduledAt?: number | null;
            /** @enum {string} */
            deliveryState?: "indeterminate";
            steered?: boolean;
        };
        /** @description A file stored with scratchlist entries. */
        ScratchlistAttachment: {
            /**
             * Format: uuid
             * @description Assigned by the hub when the file is uploaded to a session.
             */
            id: string;
            filename: string;
            mimeType: string;
            size: number;
            /** @description `hapi-hub:scratchlist/<namespace>/<sessionId>/<file>`. */
            path: string;
        };
        /** @description A private note kept with a session. */
        ScratchlistEntry: {
            entryId: string;
            text: string;
            createdAt: number;
            updatedAt: number;
            attachments: components["schemas"]["ScratchlistAttachment"][];
        };
        /** @description Body of the 413 a session export returns above the size limit. */
        ExportTooLarge: {
            /** @description `too-large`. */
            type: string;
            error: string;
            /** @description `session_export_too_large`. */
            code: string;
            /** @description Number of messages. */
            count: number;
            estimatedBytes: number;
            maxBytes: number;
        };
        /** @description Body of the 422 reopen returns when the session's metadata lacks what a reopen needs. */
        ReopenIncomplete: {
            error: string;
            missing: string[];
        };
        /** @description Error body of the rewind route. */
        RewindFailure: {
            error: string;
            /** @description True when the failure happened while rebuilding history. */
            hydrateFailed: boolean;
        };
        /** @description Outcome of a cursor store migration; `ok` tells success from refusal. */
        MigrateToAcpResult: {
            ok: boolean;
            sessionId: string;
            acpSessionId?: string;
            replayNotifications?: number;
            durationMs?: number;
            lastUsedModelPreserved?: boolean;
            sourceRemoved?: boolean;
            /** @description Why the migration did not happen (when `ok` is false): `already_acp`, `not_cursor_session`, `no_cursor_session_id`, `running_refused`, `target_already_exists` (409), `no_legacy_store_on_disk` (404) or another reason (500). */
            reason?: string;
            message?: string;
        };
        /** @description A file sent as JSON with base64 content (not multipart). */
        FileUpload: {
            filename: string;
            /** @description The file, base64-encoded. */
            content: string;
            mimeType: string;
        };
        /** @description Error body of the RPC, catalog and upload routes: `{success: false, error, code?}`. */
        RpcFailure: {
            /** @description Always false on this body. */
            success: boolean;
            error: string;
            /** @description Present on some routes, e.g. `rpc_target_missing`, `scratchlist_attachment_mime`. */
            code?: string;
        };
        /** @description Models Codex offers. */
        CodexModelCatalog: {
            success: boolean;
            models?: {
                id: string;
                displayName: string;
                isDefault: boolean;
                defaultReasoningEffort?: string;
                defaultServiceTier?: string;
                supportedReasoningEfforts?: unknown[];
                serviceTiers?: unknown[];
            }[];
            error?: string;
        };
        /** @description A model an agent can use. */
        ModelOption: {
            modelId: string;
            name?: string;
        };
        /** @description Models an agent offers (opencode, cursor, copilot, grok, agy). Failures arrive as `success: false`. */
        ModelCatalog: {
            success: boolean;
            availableModels?: components["schemas"]["ModelOption"][];
            /** @description Model SKUs known to the CLI (opencode, cursor). */
            cliModelSkus?: unknown;
            currentModelId?: string | null;
            /** @description grok only. */
            autoPermissionModeSupported?: boolean;
            error?: string;
        };
        /** @description Reasoning-effort choices an agent offers (opencode, grok). */
        ReasoningEffortOptions: {
            success: boolean;
            options?: {
                value: string;
                name?: string;
                isDefault?: boolean;
            }[];
            currentValue?: string | null;
            error?: string;
        };
        /** @description Models Pi offers (by provider). */
        PiModelCatalog: {
            success: boolean;
            availableModels?: {
                provider: string;
                modelId: string;
                name?: string;
                contextWindow?: number;
                reasoning?: boolean;
                thinkingLevelMap?: {
                    [key: string]: unknown;
                };
            }[];
            currentModelId?: string | null;
            error?: string;
        };
        /** @description Size and type limits of scratchlist attachments (configurable on the hub). */
        ScratchlistLimits: {
            maxBytesPerFile: number;
            maxAttachmentsPerEntry: number;
            maxBytesPerEntry: number;
            maxBytesPerSession: number;
            allowedMimeTypes: string[];
        };
        /** @description Paging state of a messages page. Cursors are (seq, at) pairs; at = invokedAt ?? createdAt. */
        MessagesPage: {
            /** @enum {string} */
            direction: "latest" | "before" | "after";
            limit: number;
            /** @description The session's history epoch. It changes when history is rewritten; cursors from another epoch are void. */
            epoch: number;
            /** @description True when the server ignored an `after` cursor from a stale epoch and sent the latest page instead: replace your window. */
            reset: boolean;
            /** @description With `nextBeforeAt`, the cursor of the next older page. */
            nextBeforeSeq: number | null;
            nextBeforeAt: number | null;
            /** @description With `nextAfterAt`, the cursor of the next newer page. */
            nextAfterSeq: number | null;
            nextAfterAt: number | null;
            /** @description With `snapshotHeadAt`, the newest position when the page was read. */
            snapshotHeadSeq: number | null;
            snapshotHeadAt: number | null;
            /** @description More rows exist in the requested direction. */
            hasMore: boolean;
            /** @description Total stored message rows, when the hub reports it. */
            totalCount?: number;
        };
        /** @description A file attached to a message (from the upload route). */
        AttachmentMetadata: {
            id: string;
            filename: string;
            mimeType: string;
            size: number;
            /** @description Where the CLI stored the upload. */
            path: string;
            previewUrl?: string;
        };
        /** @description What happened to a queued message; `status` tells the cases apart (`message` is there when it is `invoked`). */
        MessageOutcome: {
            /**
             * @description Cancel: `cancelled`, `invoked`, `busy`. Steer: `steered`, `invoked`, `failed`. Retry: `retried`, `already-queued`, `retry-unavailable`, `invoked`, `not-found`.
             * @enum {string}
             */
            status: "cancelled" | "invoked" | "busy" | "steered" | "failed" | "retried" | "already-queued" | "retry-unavailable" | "not-found";
            localId?: string | null;
            message?: components["schemas"]["DecryptedMessage"];
            /** @description Why steering failed (status `failed`). */
            error?: string;
        };
        /** @description What the runner reports about its machine. */
        MachineMetadata: {
            host: string;
            platform: string;
            happyCliVersion: string;
            displayName?: string;
            homeDir?: string;
            happyHomeDir?: string;
            happyLibDir?: string;
            startedCliMtimeMs?: number;
            installedCliMtimeMs?: number;
            supervisedRestart?: boolean;
            workspaceRoots?: unknown[];
            capabilities?: unknown[];
        };
        /** @description State of the runner process on a machine. */
        RunnerState: {
            /** @description `running`, `shutting-down` or another state. */
            status: string;
            pid?: number;
            httpPort?: number;
            startedAt?: number;
            shutdownRequestedAt?: number;
            shutdownSource?: string;
            capabilities?: {
                [key: string]: unknown;
            };
            lastSpawnError?: {
                message: string;
                pid?: number;
                exitCode?: number;
                signal?: string;
                at: number;
            } | null;
        };
        /** @description A machine running the HAPI runner. */
        Machine: {
            /** @description Machine id (chosen by the CLI). */
            id: string;
            namespace: string;
            seq: number;
            createdAt: number;
            updatedAt: number;
            /** @description Online: the runner sent a keepalive in the last 45 s. */
            active: boolean;
            activeAt: number;
            metadata: components["schemas"]["MachineMetadata"] | null;
            metadataVersion: number;
            runnerState: components["schemas"]["RunnerState"] | null;
            runnerStateVersion: number;
            health?: {
                collectedAt: number;
                cpuCount?: number;
                load1m?: number;
                cpuPercent?: number;
                memoryPercent?: number;
                uptimeSeconds?: number;
            } | null;
        };
        /**
         * @description The coding agent behind a session. `gemini` still validates but new gemini sessions can no longer be created.
         * @enum {string}
         */
        AgentFlavor: "agy" | "claude" | "codex" | "dsh" | "copilot" | "cursor" | "gemini" | "grok" | "kimi" | "opencode" | "pi";
        /** @description One entry of a directory listing. */
        DirectoryEntry: {
            name: string;
            /** @enum {string} */
            type: "file" | "directory" | "other";
            size?: number;
            modified?: number;
            /** @description Machine directory listings only. */
            isGitRepo?: boolean;
        };
        /** @description A directory listing from the CLI or runner. */
        DirectoryListing: {
            success: boolean;
            entries?: components["schemas"]["DirectoryEntry"][];
            error?: string;
        };
        /** @description Result of a command the session CLI ran (git). Failures arrive as HTTP 200 with `success: false`. */
        CommandResult: {
            success: boolean;
            stdout?: string;
            stderr?: string;
            exitCode?: number;
            /** @description Why the command could not run (also used when the session CLI cannot be reached). */
            error?: string;
        };
        /**
         * @description A voice assistant backend.
         * @enum {string}
         */
        VoiceBackend: "elevenlabs" | "gemini-live" | "qwen-realtime";
        /**
         * @description A speech-to-text provider.
         * @enum {string}
         */
        TranscriptionProvider: "openai" | "elevenlabs" | "deepgram" | "groq" | "openai-compatible";
        /** @description Whether a provider key is set, and where from (the key itself is never returned). */
        VoiceCredentialStatus: {
            configured: boolean;
            /** @enum {string} */
            source: "env" | "settings" | "none";
            /** @description A masked hint of the key. */
            hint: string | null;
            /** @description False when an environment variable locks the key. */
            editable: boolean;
        };
        /** @description Status of every voice provider key. */
        VoiceCredentials: {
            openai: components["schemas"]["VoiceCredentialStatus"];
            elevenlabs: components["schemas"]["VoiceCredentialStatus"];
            deepgram: components["schemas"]["VoiceCredentialStatus"];
            groq: components["schemas"]["VoiceCredentialStatus"];
            openaiCompatible: {
                configured: boolean;
                /** @enum {string} */
                source?: "env" | "settings" | "none";
                baseUrl?: string | null;
                model?: string | null;
                baseUrlEditable?: boolean;
                modelEditable?: boolean;
                apiKey: components["schemas"]["VoiceCredentialStatus"];
            };
            voiceBackends: {
                elevenlabs?: components["schemas"]["VoiceCredentialStatus"];
                geminiLive?: components["schemas"]["VoiceCredentialStatus"];
                qwenRealtime?: components["schemas"]["VoiceCredentialStatus"];
            };
        };
        /** @description Error body of the voice token routes. */
        VoiceDenied: {
            /** @description Always false on this body. */
            allowed: boolean;
            error: string;
        };
        /** @description Error body of the voice telemetry route. */
        TelemetryRejected: {
            /** @description Always false on this body. */
            ok: boolean;
            error: string;
        };
        /** @description A session was created. */
        SessionAddedEvent: {
            /** @constant */
            type: "session-added";
            namespace?: string;
            sessionId: string;
            data?: components["schemas"]["Session"];
        };
        /** @description A partial session update carried by `session-updated`. Strict: a payload with any other key is a full Session instead. Versioned parts are `{version, value}`. */
        SessionPatch: {
            active?: boolean;
            thinking?: boolean;
            activeTurnStartedAt?: number | null;
            activeAt?: number;
            updatedAt?: number;
            model?: string | null;
            modelReasoningEffort?: string | null;
            effort?: string | null;
            serviceTier?: string | null;
            permissionMode?: components["schemas"]["PermissionMode"];
            collaborationMode?: components["schemas"]["CodexCollaborationMode"];
            copilotAgentMode?: components["schemas"]["CopilotAgentMode"];
            backgroundTaskCount?: number;
            scratchlistUpdatedAt?: number;
            metadata?: {
                version: number;
                value: components["schemas"]["Metadata"] | null;
            };
            agentState?: {
                version: number;
                value: components["schemas"]["AgentState"] | null;
            };
            todos?: {
                version: number;
                value: components["schemas"]["TodoItem"][];
            };
            teamState?: {
                version: number;
                value: components["schemas"]["TeamState"] | null;
            };
        };
        /** @description A session changed. `data` is a full Session or a SessionPatch (frequent: every CLI keepalive produces one). */
        SessionUpdatedEvent: {
            /** @constant */
            type: "session-updated";
            namespace?: string;
            sessionId: string;
            data?: components["schemas"]["SessionPatch"] | components["schemas"]["Session"];
        };
        /** @description A session was deleted. */
        SessionRemovedEvent: {
            /** @constant */
            type: "session-removed";
            namespace?: string;
            sessionId: string;
        };
        /**
         * @description Why a session ended.
         * @enum {string}
         */
        SessionEndReason: "completed" | "terminated" | "error" | "handoff" | "cleared";
        /** @description A session ended. */
        SessionEndedEvent: {
            /** @constant */
            type: "session-ended";
            namespace?: string;
            sessionId: string;
            reason?: components["schemas"]["SessionEndReason"];
        };
        /** @description A message was stored (also for the caller's own sends; match by `localId`). */
        MessageReceivedEvent: {
            /** @constant */
            type: "message-received";
            namespace?: string;
            sessionId: string;
            message: components["schemas"]["DecryptedMessage"];
        };
        /** @description History changed structurally (rewind, fork, import, clear): reload messages. */
        MessagesInvalidatedEvent: {
            /** @constant */
            type: "messages-invalidated";
            namespace?: string;
            sessionId: string;
        };
        /** @description A scheduled message became due. */
        ScheduledMaturedEvent: {
            /** @constant */
            type: "scheduled-matured";
            namespace?: string;
            sessionId: string;
        };
        /** @description The agent consumed queued messages. */
        MessagesConsumedEvent: {
            /** @constant */
            type: "messages-consumed";
            namespace?: string;
            sessionId: string;
            localIds: string[];
            invokedAt: number;
            steered?: boolean;
        };
        /** @description The delivery outcome of queued messages is unknown. */
        MessagesIndeterminateEvent: {
            /** @constant */
            type: "messages-indeterminate";
            namespace?: string;
            sessionId: string;
            localIds: string[];
        };
        /** @description Messages went back to normal queue delivery. */
        MessagesRequeuedEvent: {
            /** @constant */
            type: "messages-requeued";
            namespace?: string;
            sessionId: string;
            localIds: string[];
        };
        /** @description A queued message was cancelled. */
        MessageCancelledEvent: {
            /** @constant */
            type: "message-cancelled";
            namespace?: string;
            sessionId: string;
            /** @description The id given to the cancel call (server id or localId). */
            messageId: string;
            localId?: string | null;
        };
        /** @description A machine changed: `data` is a full Machine, a patch `{active?, activeAt?, updatedAt?}`, or null when the machine was removed. */
        MachineUpdatedEvent: {
            /** @constant */
            type: "machine-updated";
            namespace?: string;
            machineId: string;
            data?: components["schemas"]["Machine"] | {
                active?: boolean;
                activeAt?: number;
                updatedAt?: number;
            } | null;
        };
        /** @description A notification for visible connections (never replayed, no id). */
        ToastEvent: {
            /** @constant */
            type: "toast";
            namespace?: string;
            data: {
                title: string;
                body: string;
                sessionId?: string;
                url?: string;
            };
        };
        /** @description Sent every 30 s (no id). */
        HeartbeatEvent: {
            /** @constant */
            type: "heartbeat";
            namespace?: string;
            data: {
                timestamp: number;
            };
        };
        /** @description First frame of every connection. `resume: gap` means events were missed: resync over REST. */
        ConnectionChangedEvent: {
            /** @constant */
            type: "connection-changed";
            namespace?: string;
            data: {
                /** @description `connected`. */
                status: string;
                /** @description Pass to `POST /api/visibility`. */
                subscriptionId?: string;
                /** @enum {string} */
                resume?: "ok" | "gap";
            };
        };
        /** @description One event of the hub's event stream. `type` names the kind. */
        SyncEvent: components["schemas"]["SessionAddedEvent"] | components["schemas"]["SessionUpdatedEvent"] | components["schemas"]["SessionRemovedEvent"] | components["schemas"]["SessionEndedEvent"] | components["schemas"]["MessageReceivedEvent"] | components["schemas"]["MessagesInvalidatedEvent"] | components["schemas"]["ScheduledMaturedEvent"] | components["schemas"]["MessagesConsumedEvent"] | components["schemas"]["MessagesIndeterminateEvent"] | components["schemas"]["MessagesRequeuedEvent"] | components["schemas"]["MessageCancelledEvent"] | components["schemas"]["MachineUpdatedEvent"] | components["schemas"]["ToastEvent"] | components["schemas"]["HeartbeatEvent"] | components["schemas"]["ConnectionChangedEvent"];
        /** @description One frame of the event stream as the client yields it: `data` is the parsed SyncEvent. */
        EventStreamFrame: {
            /** @description Never sent by the hub: every frame is the default `message` event. */
            event?: string;
            /** @description `<epoch>:<seq>:<nsTag>`, opaque; absent on heartbeat, toast and connection-changed frames. Send the last one back as `Last-Event-ID` to resume. */
            id?: string;
            /** @description Never sent by the hub. */
            retry?: number;
            data: components["schemas"]["SyncEvent"];
        };
    };
    responses: {
        /** @description Hono's plain-text 404 for a path the hub does not route (routing is strict: a trailing slash does not match). */
        RouteNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example 404 Not Found */
                "text/plain": string;
            };
        };
        /** @description The body failed validation. */
        InvalidBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No JWT, or one that is expired, malformed or signed by another hub. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The hub is starting or stopping. */
        NotConnected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The session belongs to another namespace. */
        SessionForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such session. An unknown route (for example one with a trailing slash) gets Hono's plain-text 404 instead. */
        SessionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                /** @example 404 Not Found */
                "text/plain": string;
            };
        };
        /** @description Done. */
        Ok: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "ok": true
                 *     }
                 */
                "application/json": components["schemas"]["OkResult"];
            };
        };
        /** @description The hub failed. Routes that do not catch CLI errors answer Hono's plain-text `Internal Server Error`; others answer `{error}`. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                /** @example Internal Server Error */
                "text/plain": string;
            };
        };
        /** @description A concurrent update won (optimistic concurrency): reload and retry. */
        VersionConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The session is not running: resume or reopen it first. */
        SessionInactive: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The machine belongs to another namespace. */
        MachineForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such machine. An unknown route gets Hono's plain-text 404 instead. */
        MachineNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                /** @example 404 Not Found */
                "text/plain": string;
            };
        };
    };
    parameters: {
        /**
         * @description Session id. A superseded or merged session resolves to its current id.
         * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
         */
        SessionId: string;
        /**
         * @description Scratchlist attachment id (a UUID).
         * @example 7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57
         */
        ScratchlistAttachmentId: string;
        /**
         * @description Scratchlist entry id.
         * @example note-2f8c41
         */
        ScratchlistEntryId: string;
        /**
         * @description Server message id, or the `localId` you sent it with.
         * @example local-9b21d0
         */
        MessageId: string;
        /**
         * @description A key of the session's `agentState.requests`.
         * @example toolu_01HkG7yXr2bq8Vn3Lw5Pz9Ta
         */
        PermissionRequestId: string;
        /**
         * @description Machine id.
         * @example machine-devbox-1
         */
        MachineId: string;
        /**
         * @description Generated image id.
         * @example img_5c2e8a14
         */
        ImageId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description `inline` (or `attachment`) with the file name.
         * @example inline; filename="redirect-trace.png"
         */
        ContentDisposition: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "protocolVersion": 1,
                     *       "capabilities": {
                     *         "workGraph": true,
                     *         "titleSuggestion": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description `ok`. */
                        status: string;
                        /** @description HAPI protocol version (1 at the pinned commit). */
                        protocolVersion: number;
                        capabilities: {
                            workGraph?: boolean;
                            /** @description True when a title provider is configured. */
                            titleSuggestion?: boolean;
                        };
                    };
                };
            };
            404: components["responses"]["RouteNotFound"];
        };
    };
    createAuthToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description `<CLI_API_TOKEN>[:<namespace>]`. */
                    accessToken: string;
                } | {
                    /** @description Telegram Mini App init data. */
                    initData: string;
                };
            };
        };
        responses: {
            /** @description A JWT and its user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjEsIm5zIjoiZGVmYXVsdCIsImlhdCI6MTc4NzM5MTAwMCwiZXhwIjoxNzg3NDA1NDAwfQ.c2lnbmF0dXJl",
                     *       "user": {
                     *         "id": 1,
                     *         "firstName": "Web User"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            400: components["responses"]["InvalidBody"];
            /** @description The access token or Telegram data was refused. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Telegram login is not configured. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bindTelegramAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "initData": "query_id=AAHdF6IQAAAAAN0XohDhrOrc&user=%7B%22id%22%3A279058397%7D&auth_date=1787391000&hash=c501b71e775f74ce10e377dea85a7ea2",
                 *       "accessToken": "x7Qm2vR9kLp4Tz8wN3bY6cHd1Fg5Js0Ua-Ve2Wi4Xo:team"
                 *     }
                 */
                "application/json": {
                    initData: string;
                    accessToken: string;
                };
            };
        };
        responses: {
            /** @description The binding was made; a JWT for that namespace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjEsIm5zIjoiZGVmYXVsdCIsImlhdCI6MTc4NzM5MTAwMCwiZXhwIjoxNzg3NDA1NDAwfQ.c2lnbmF0dXJl",
                     *       "user": {
                     *         "id": 1,
                     *         "username": "devuser",
                     *         "firstName": "Dana"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AuthResult"];
                };
            };
            400: components["responses"]["InvalidBody"];
            /** @description The access token or Telegram data was refused. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The Telegram user is bound to another namespace. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Telegram login is not configured. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                /** @description Maximum number of sessions. The hub floors and clamps it to 1..500 and ignores a value that is not a number. */
                limit?: number;
                /**
                 * @description `updatedAt` sorts purely by recency; other values are ignored.
                 * @example updatedAt
                 */
                order?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions": [
                     *         {
                     *           "id": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *           "active": true,
                     *           "thinking": true,
                     *           "activeAt": 1787391300000,
                     *           "updatedAt": 1787391300000,
                     *           "pinned": false,
                     *           "globalPinned": false,
                     *           "metadata": {
                     *             "name": "Fix login redirect",
                     *             "path": "/home/dev/projects/webapp",
                     *             "machineId": "machine-devbox-1",
                     *             "summary": {
                     *               "text": "Fix the login redirect loop"
                     *             },
                     *             "flavor": "claude",
                     *             "agentSessionId": "0b7d4e2a-91c3-4f58-a6e0-3c8d2f1b7a65",
                     *             "lifecycleState": "running"
                     *           },
                     *           "metadataVersion": 4,
                     *           "agentStateVersion": 9,
                     *           "todosUpdatedAt": 1787391280000,
                     *           "todoProgress": {
                     *             "completed": 1,
                     *             "total": 2
                     *           },
                     *           "pendingRequestsCount": 1,
                     *           "pendingRequestKinds": [
                     *             "permission"
                     *           ],
                     *           "pendingRequests": [
                     *             {
                     *               "id": "toolu_01HkG7yXr2bq8Vn3Lw5Pz9Ta",
                     *               "kind": "permission",
                     *               "tool": "Bash",
                     *               "since": 1787391290000
                     *             }
                     *           ],
                     *           "backgroundTaskCount": 0,
                     *           "futureScheduledMessageCount": 0,
                     *           "nextScheduledAt": null,
                     *           "model": null,
                     *           "modelReasoningEffort": null,
                     *           "effort": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        sessions: components["schemas"]["SessionSummary"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["NotConnected"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "session": {
                     *         "id": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *         "namespace": "default",
                     *         "seq": 57,
                     *         "createdAt": 1787391000000,
                     *         "updatedAt": 1787391300000,
                     *         "active": true,
                     *         "activeAt": 1787391300000,
                     *         "metadata": {
                     *           "path": "/home/dev/projects/webapp",
                     *           "host": "devbox",
                     *           "version": "0.18.2",
                     *           "name": "Fix login redirect",
                     *           "os": "linux",
                     *           "machineId": "machine-devbox-1",
                     *           "flavor": "claude",
                     *           "claudeSessionId": "0b7d4e2a-91c3-4f58-a6e0-3c8d2f1b7a65",
                     *           "summary": {
                     *             "text": "Fix the login redirect loop",
                     *             "updatedAt": 1787391240000
                     *           },
                     *           "startedBy": "runner",
                     *           "startedFromRunner": true,
                     *           "lifecycleState": "running",
                     *           "lifecycleStateSince": 1787391000000,
                     *           "homeDir": "/home/dev"
                     *         },
                     *         "metadataVersion": 4,
                     *         "agentState": {
                     *           "controlledByUser": false,
                     *           "requests": {
                     *             "toolu_01HkG7yXr2bq8Vn3Lw5Pz9Ta": {
                     *               "tool": "Bash",
                     *               "arguments": {
                     *                 "command": "npm test -- login"
                     *               },
                     *               "createdAt": 1787391290000
                     *             }
                     *           },
                     *           "completedRequests": {}
                     *         },
                     *         "agentStateVersion": 9,
                     *         "thinking": true,
                     *         "thinkingAt": 1787391285000,
                     *         "pinned": false,
                     *         "globalPinned": false,
                     *         "activeTurnStartedAt": 1787391285000,
                     *         "backgroundTaskCount": 0,
                     *         "todos": [
                     *           {
                     *             "content": "Reproduce the redirect loop",
                     *             "status": "completed",
                     *             "priority": "high",
                     *             "id": "1"
                     *           },
                     *           {
                     *             "content": "Fix the session cookie path",
                     *             "status": "in_progress",
                     *             "priority": "high",
                     *             "id": "2",
                     *             "activeForm": "Fixing the session cookie path"
                     *           }
                     *         ],
                     *         "todosUpdatedAt": 1787391280000,
                     *         "model": null,
                     *         "modelReasoningEffort": null,
                     *         "effort": null,
                     *         "serviceTier": null,
                     *         "permissionMode": "default"
                     *       }
                     *     }
                     */
                    "application/json": {
                        session: components["schemas"]["Session"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is active. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    renameSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Login redirect fix"
                 *     }
                 */
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description The name is missing or too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["VersionConflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    exportSession: {
        parameters: {
            query?: {
                /** @description Skip the message-count warning. */
                force?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, or a warning that it is large. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 2 (export only). */
                        schemaVersion?: number;
                        exportedAt?: number;
                        session?: components["schemas"]["Session"];
                        messages?: components["schemas"]["DecryptedMessage"][];
                        scratchlist?: components["schemas"]["ScratchlistEntry"][];
                        /** @description `warning` (warning only). */
                        type?: string;
                        /** @description Number of messages (warning only). */
                        count?: number;
                        /** @description 20000 (warning only). */
                        limit?: number;
                        /** @description Warning only. */
                        estimatedBytes?: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The export exceeds 100 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "too-large",
                     *       "error": "Session export exceeds the resource limit",
                     *       "code": "session_export_too_large",
                     *       "count": 91822,
                     *       "estimatedBytes": 131072000,
                     *       "maxBytes": 104857600
                     *     }
                     */
                    "application/json": components["schemas"]["ExportTooLarge"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    getCursorChatStore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where the chat store is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "onDisk": true,
                     *       "store": "legacy"
                     *     }
                     */
                    "application/json": {
                        onDisk: boolean;
                        /** @enum {string|null} */
                        store: "legacy" | "acp" | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Another namespace's session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such session. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not a Cursor session, or its resume metadata is missing. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The machine failed to answer. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No machine of the session is online. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "permissionMode": "acceptEdits"
                 *     }
                 */
                "application/json": {
                    permissionMode?: components["schemas"]["PermissionMode"];
                };
            };
        };
        responses: {
            /** @description The session is running again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "success",
                     *       "sessionId": "a3e1f7c2-8b4d-4f0a-9c6e-7d2b5e8f1a34"
                     *     }
                     */
                    "application/json": {
                        /** @description `success`. */
                        type: string;
                        sessionId: string;
                    };
                };
            };
            /** @description Bad body or a mode the flavor does not allow. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Another namespace's session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such session. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session cannot be resumed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Resuming failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No machine is online to run the session. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reopenSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was reopened. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "sessionId": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *       "resumed": true
                     *     }
                     */
                    "application/json": {
                        ok: boolean;
                        sessionId: string;
                        resumed: boolean;
                        /** @enum {string} */
                        cursorSessionProtocol?: "acp" | "stream-json";
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Another namespace's session. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No such session. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session cannot be resumed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The session's metadata lacks what a reopen needs. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Session metadata is incomplete",
                     *       "missing": [
                     *         "machineId"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReopenIncomplete"];
                };
            };
            /** @description Resuming failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No machine is online to run the session. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    abortSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /** @description Ignored by the hub, which accepts any body (callers commonly send `{}`). */
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": unknown;
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    switchSessionToRemote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /** @description Ignored by the hub, which accepts any body (callers commonly send `{}`). */
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": unknown;
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    archiveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /** @description Ignored by the hub, which accepts any body (callers commonly send `{}`). */
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": unknown;
            };
        };
        responses: {
            /** @description Archived (or already archived). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        alreadyArchived?: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    updateSessionSummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Fix the login redirect loop"
                 *     }
                 */
                "application/json": {
                    /** @description Trimmed by the hub. */
                    text: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description The text is missing or too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["VersionConflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    pinSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "project"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    mode: "none" | "project" | "global";
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad mode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    suggestSessionTitle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A suggested title. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "title": "Fix login redirect loop"
                     *     }
                     */
                    "application/json": {
                        title: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The provider could not suggest a title. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The provider is rate limiting. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The provider failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No title provider is configured, or the hub is starting. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    forkSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "messageLocalId": "local-7f3a9c"
                 *     }
                 */
                "application/json": {
                    messageLocalId?: string;
                };
            };
        };
        responses: {
            /** @description The new session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessionId": "a3e1f7c2-8b4d-4f0a-9c6e-7d2b5e8f1a34"
                     *     }
                     */
                    "application/json": {
                        sessionId: string;
                    };
                };
            };
            /** @description The body is not JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive or cannot fork now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    rewindSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messageLocalId": "local-7f3a9c"
                 *     }
                 */
                "application/json": {
                    messageLocalId: string;
                };
            };
        };
        responses: {
            /** @description Rewound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                    };
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive or refused the rewind. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewindFailure"] | components["schemas"]["Error"];
                };
            };
            /** @description Rebuilding history failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "Failed to rebuild session history",
                     *       "hydrateFailed": true
                     *     }
                     */
                    "application/json": components["schemas"]["RewindFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    migrateSessionToAcp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "keepSource": true
                 *     }
                 */
                "application/json": {
                    keepSource?: boolean;
                    forceArchiveRunning?: boolean;
                    skipVerify?: boolean;
                };
            };
        };
        responses: {
            /** @description Migrated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": true,
                     *       "sessionId": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *       "acpSessionId": "acp-3c9e71d2",
                     *       "replayNotifications": 128,
                     *       "durationMs": 2310,
                     *       "lastUsedModelPreserved": true,
                     *       "sourceRemoved": false
                     *     }
                     */
                    "application/json": components["schemas"]["MigrateToAcpResult"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No session, or no legacy store on disk. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrateToAcpResult"] | components["schemas"]["Error"];
                };
            };
            /** @description The migration was refused. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "sessionId": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *       "reason": "not_cursor_session",
                     *       "message": "Session is not a Cursor session",
                     *       "durationMs": 12
                     *     }
                     */
                    "application/json": components["schemas"]["MigrateToAcpResult"];
                };
            };
            /** @description The migration failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "sessionId": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                     *       "reason": "replay_failed",
                     *       "message": "Replay failed",
                     *       "durationMs": 12
                     *     }
                     */
                    "application/json": components["schemas"]["MigrateToAcpResult"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    uploadSessionFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filename": "screenshot.png",
                 *       "content": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
                 *       "mimeType": "image/png"
                 *     }
                 */
                "application/json": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description What the CLI answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "path": "/tmp/hapi-uploads/screenshot.png"
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        path?: string;
                        error?: string;
                    };
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The file is larger than 50 MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "File too large (max 50MB)"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90:uploadFile"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    deleteSessionUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/tmp/hapi-uploads/screenshot.png"
                 *     }
                 */
                "application/json": {
                    path: string;
                };
            };
        };
        responses: {
            /** @description What the CLI answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        error?: string;
                    };
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90:deleteUpload"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionPermissionMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "acceptEdits"
                 *     }
                 */
                "application/json": {
                    mode: components["schemas"]["PermissionMode"];
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "claude-sonnet-4-5"
                 *     }
                 */
                "application/json": {
                    model: string | {
                        provider: string;
                        modelId: string;
                    } | null;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionEffort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effort": "high"
                 *     }
                 */
                "application/json": {
                    effort: string | null;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionModelReasoningEffort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "modelReasoningEffort": "medium"
                 *     }
                 */
                "application/json": {
                    modelReasoningEffort: string | null;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionServiceTier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "serviceTier": "fast"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    serviceTier: "fast" | "standard";
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionCollaborationMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "plan"
                 *     }
                 */
                "application/json": {
                    mode: components["schemas"]["CodexCollaborationMode"];
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setSessionCopilotAgentMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mode": "autopilot"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    mode: "interactive" | "plan" | "autopilot" | "fleet";
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body, or a setting the session's flavor does not support. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session is inactive, or the CLI refused or could not apply the change. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSlashCommands: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The commands, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                        commands?: {
                            name: string;
                            description?: string;
                            /** @enum {string} */
                            source: "builtin" | "user" | "plugin" | "project";
                            content?: string;
                            pluginName?: string;
                        }[];
                        error?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CLI's answer, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                        error?: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionCodexModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "models": [
                     *         {
                     *           "id": "gpt-5-codex",
                     *           "displayName": "GPT-5 Codex",
                     *           "isDefault": true,
                     *           "defaultReasoningEffort": "medium",
                     *           "supportedReasoningEfforts": [
                     *             "low",
                     *             "medium",
                     *             "high"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CodexModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Codex sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionOpencodeModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "anthropic/claude-sonnet-4-5",
                     *           "name": "Claude Sonnet 4.5"
                     *         }
                     *       ],
                     *       "currentModelId": "anthropic/claude-sonnet-4-5"
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for OpenCode sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionOpencodeReasoningEffortOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "options": [
                     *         {
                     *           "value": "low"
                     *         },
                     *         {
                     *           "value": "high",
                     *           "name": "High"
                     *         }
                     *       ],
                     *       "currentValue": "high"
                     *     }
                     */
                    "application/json": components["schemas"]["ReasoningEffortOptions"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for OpenCode sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionGrokModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "grok-code-fast-1",
                     *           "name": "Grok Code Fast",
                     *           "reasoningEfforts": [
                     *             "low",
                     *             "high"
                     *           ]
                     *         }
                     *       ],
                     *       "currentModelId": "grok-code-fast-1",
                     *       "autoPermissionModeSupported": true
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Grok sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionGrokReasoningEffortOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "options": [
                     *         {
                     *           "value": "low",
                     *           "isDefault": true
                     *         },
                     *         {
                     *           "value": "high"
                     *         }
                     *       ],
                     *       "currentValue": "low"
                     *     }
                     */
                    "application/json": components["schemas"]["ReasoningEffortOptions"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Grok sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionCopilotModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "gpt-5",
                     *           "name": "GPT-5"
                     *         }
                     *       ],
                     *       "currentModelId": "gpt-5"
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Copilot sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionCursorModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "sonnet-4.5",
                     *           "name": "Sonnet 4.5"
                     *         }
                     *       ],
                     *       "currentModelId": "sonnet-4.5"
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Cursor sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionPiModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "provider": "anthropic",
                     *           "modelId": "claude-sonnet-4-5",
                     *           "name": "Claude Sonnet 4.5",
                     *           "contextWindow": 200000,
                     *           "reasoning": true
                     *         }
                     *       ],
                     *       "currentModelId": "claude-sonnet-4-5"
                     *     }
                     */
                    "application/json": components["schemas"]["PiModelCatalog"];
                };
            };
            /** @description The session has another flavor. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "This catalog is only available for Pi sessions"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            /** @description The CLI could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC request timed out"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    getScratchlistLimits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limits. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "limits": {
                     *         "maxBytesPerFile": 10485760,
                     *         "maxAttachmentsPerEntry": 4,
                     *         "maxBytesPerEntry": 20971520,
                     *         "maxBytesPerSession": 104857600,
                     *         "allowedMimeTypes": [
                     *           "image/jpeg",
                     *           "image/png",
                     *           "image/gif",
                     *           "image/webp",
                     *           "image/svg+xml",
                     *           "application/pdf",
                     *           "text/plain"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        limits: components["schemas"]["ScratchlistLimits"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    uploadScratchlistAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filename": "redirect-trace.png",
                 *       "content": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
                 *       "mimeType": "image/png"
                 *     }
                 */
                "application/json": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The stored attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "attachment": {
                     *         "id": "7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57",
                     *         "filename": "redirect-trace.png",
                     *         "mimeType": "image/png",
                     *         "size": 48213,
                     *         "path": "hapi-hub:scratchlist/default/5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90/7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57-redirect-trace.png"
                     *       }
                     *     }
                     */
                    "application/json": {
                        success: boolean;
                        attachment: components["schemas"]["ScratchlistAttachment"];
                    };
                };
            };
            /** @description The file was refused. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Mime type not allowed",
                     *       "code": "scratchlist_attachment_mime"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The file is too large. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "Attachment exceeds the per-file limit",
                     *       "code": "scratchlist_attachment_too_large"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    getScratchlistAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Scratchlist attachment id (a UUID).
                 * @example 7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57
                 */
                attachmentId: components["parameters"]["ScratchlistAttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such attachment (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    deleteScratchlistAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Scratchlist attachment id (a UUID).
                 * @example 7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57
                 */
                attachmentId: components["parameters"]["ScratchlistAttachmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such attachment (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An entry still uses the attachment. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listScratchlistEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entries": [
                     *         {
                     *           "entryId": "note-2f8c41",
                     *           "text": "Check whether the CDN strips the Set-Cookie header.",
                     *           "createdAt": 1787391120000,
                     *           "updatedAt": 1787391120000,
                     *           "attachments": [
                     *             {
                     *               "id": "7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57",
                     *               "filename": "redirect-trace.png",
                     *               "mimeType": "image/png",
                     *               "size": 48213,
                     *               "path": "hapi-hub:scratchlist/default/5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90/7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57-redirect-trace.png"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        entries: components["schemas"]["ScratchlistEntry"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    createScratchlistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entryId": "note-2f8c41",
                 *       "text": "Check whether the CDN strips the Set-Cookie header."
                 *     }
                 */
                "application/json": {
                    entryId?: string;
                    /** @default  */
                    text?: string;
                    /** @description Attachments as `uploadScratchlistAttachment` returned them for this session; the hub refuses any other id (400 `scratchlist_attachment_invalid`). */
                    attachments?: components["schemas"]["ScratchlistAttachment"][];
                    createdAt?: number;
                };
            };
        };
        responses: {
            /** @description The entry already existed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "entryId": "note-2f8c41",
                     *         "text": "Check whether the CDN strips the Set-Cookie header.",
                     *         "createdAt": 1787391120000,
                     *         "updatedAt": 1787391120000,
                     *         "attachments": []
                     *       }
                     *     }
                     */
                    "application/json": {
                        entry: components["schemas"]["ScratchlistEntry"];
                    };
                };
            };
            /** @description The entry was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "entryId": "note-2f8c41",
                     *         "text": "Check whether the CDN strips the Set-Cookie header.",
                     *         "createdAt": 1787391120000,
                     *         "updatedAt": 1787391120000,
                     *         "attachments": []
                     *       }
                     *     }
                     */
                    "application/json": {
                        entry: components["schemas"]["ScratchlistEntry"];
                    };
                };
            };
            /** @description The entry is invalid or breaks an attachment limit. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            /** @description The session has 200 entries already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    updateScratchlistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Scratchlist entry id.
                 * @example note-2f8c41
                 */
                entryId: components["parameters"]["ScratchlistEntryId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "The CDN strips Set-Cookie on 302 responses."
                 *     }
                 */
                "application/json": {
                    text?: string;
                    /** @description Attachments as `uploadScratchlistAttachment` returned them for this session. */
                    attachments?: components["schemas"]["ScratchlistAttachment"][];
                };
            };
        };
        responses: {
            /** @description The updated entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entry": {
                     *         "entryId": "note-2f8c41",
                     *         "text": "The CDN strips Set-Cookie on 302 responses.",
                     *         "createdAt": 1787391120000,
                     *         "updatedAt": 1787391400000,
                     *         "attachments": [
                     *           {
                     *             "id": "7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57",
                     *             "filename": "redirect-trace.png",
                     *             "mimeType": "image/png",
                     *             "size": 48213,
                     *             "path": "hapi-hub:scratchlist/default/5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90/7c2e9a41-5b3d-4f08-9e6a-1d4b8c0f2a57-redirect-trace.png"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        entry: components["schemas"]["ScratchlistEntry"];
                    };
                };
            };
            /** @description The update is invalid or empties the entry. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such entry (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    deleteScratchlistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Scratchlist entry id.
                 * @example note-2f8c41
                 */
                entryId: components["parameters"]["ScratchlistEntryId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such entry (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listMessages: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Older than this position (with `beforeAt`). */
                beforeSeq?: number;
                /** @description Older than this position (with `beforeSeq`). */
                beforeAt?: number;
                /** @description Newer than this position (with `afterAt`). */
                afterSeq?: number;
                /** @description Newer than this position (with `afterSeq`). */
                afterAt?: number;
                /** @description Inclusive upper bound of an `after` page (with `untilAt`). */
                untilSeq?: number;
                /** @description Inclusive upper bound of an `after` page (with `untilSeq`). */
                untilAt?: number;
                /** @description Your cached epoch; only with an `after` cursor. */
                epoch?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "messages": [
                     *         {
                     *           "id": "c41d8a2e-6f3b-4e97-8a15-0d9b2c7e5f48",
                     *           "seq": 41,
                     *           "localId": "local-7f3a9c",
                     *           "content": {
                     *             "role": "user",
                     *             "content": {
                     *               "type": "text",
                     *               "text": "The login page redirects forever after sign-in. Please fix it."
                     *             },
                     *             "meta": {
                     *               "sentFrom": "webapp",
                     *               "deliveryMode": "queue"
                     *             }
                     *           },
                     *           "createdAt": 1787391200000,
                     *           "invokedAt": 1787391200500,
                     *           "scheduledAt": null
                     *         },
                     *         {
                     *           "id": "e8b2f4a6-1c7d-4a39-b5e0-6f2d8c4a9b13",
                     *           "seq": 42,
                     *           "localId": null,
                     *           "content": {
                     *             "role": "agent",
                     *             "content": {
                     *               "type": "output",
                     *               "data": {
                     *                 "type": "assistant",
                     *                 "message": {
                     *                   "content": [
                     *                     {
                     *                       "type": "text",
                     *                       "text": "I'll start by reproducing the loop."
                     *                     }
                     *                   ]
                     *                 }
                     *               }
                     *             }
                     *           },
                     *           "createdAt": 1787391210000,
                     *           "invokedAt": null,
                     *           "scheduledAt": null
                     *         }
                     *       ],
                     *       "page": {
                     *         "direction": "latest",
                     *         "limit": 50,
                     *         "epoch": 0,
                     *         "reset": false,
                     *         "nextBeforeSeq": 41,
                     *         "nextBeforeAt": 1787391200500,
                     *         "nextAfterSeq": 42,
                     *         "nextAfterAt": 1787391210000,
                     *         "snapshotHeadSeq": 42,
                     *         "snapshotHeadAt": 1787391210000,
                     *         "hasMore": true
                     *       }
                     *     }
                     */
                    "application/json": {
                        messages: components["schemas"]["DecryptedMessage"][];
                        page: components["schemas"]["MessagesPage"];
                    };
                };
            };
            /** @description The cursor parameters break the pairing rules. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description May be empty when there are attachments. */
                    text: string;
                    /** @description Your id for the message (needed to cancel, steer or schedule it). */
                    localId?: string;
                    attachments?: components["schemas"]["AttachmentMetadata"][];
                    /** @description Deliver at this time (epoch ms, at most 7 days ahead). */
                    scheduledAt?: number | null;
                    /** @enum {string} */
                    deliveryMode?: "queue" | "steer";
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description The body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            503: components["responses"]["NotConnected"];
        };
    };
    cancelMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Server message id, or the `localId` you sent it with.
                 * @example local-9b21d0
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What happened to the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOutcome"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    steerMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Server message id, or the `localId` you sent it with.
                 * @example local-9b21d0
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What happened to the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOutcome"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            409: components["responses"]["SessionInactive"];
            503: components["responses"]["NotConnected"];
        };
    };
    retryMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Server message id, or the `localId` you sent it with.
                 * @example local-9b21d0
                 */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What happened to the message. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageOutcome"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    getQueuedMessageState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "localIds": [
                 *         "local-9b21d0",
                 *         "local-7f3a9c"
                 *       ]
                 *     }
                 */
                "application/json": {
                    localIds: string[];
                };
            };
        };
        responses: {
            /** @description Where each message stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queuedLocalIds": [
                     *         "local-9b21d0"
                     *       ],
                     *       "indeterminateLocalIds": [],
                     *       "invokedLocalMessages": [
                     *         {
                     *           "localId": "local-7f3a9c",
                     *           "invokedAt": 1787391200500
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        queuedLocalIds: string[];
                        indeterminateLocalIds: string[];
                        invokedLocalMessages: {
                            localId: string;
                            invokedAt: number;
                        }[];
                    };
                };
            };
            /** @description The body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    approvePermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description A key of the session's `agentState.requests`.
                 * @example toolu_01HkG7yXr2bq8Vn3Lw5Pz9Ta
                 */
                requestId: components["parameters"]["PermissionRequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "decision": "approved_for_session",
                 *       "allowTools": [
                 *         "Bash(npm test:*)"
                 *       ]
                 *     }
                 */
                "application/json": {
                    mode?: components["schemas"]["PermissionMode"];
                    allowTools?: string[];
                    decision?: components["schemas"]["PermissionDecision"];
                    answers?: components["schemas"]["PermissionAnswers"];
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Bad body or a mode the flavor does not allow. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such pending request (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["SessionInactive"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    denyPermission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description A key of the session's `agentState.requests`.
                 * @example toolu_01HkG7yXr2bq8Vn3Lw5Pz9Ta
                 */
                requestId: components["parameters"]["PermissionRequestId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "decision": "denied"
                 *     }
                 */
                "application/json": {
                    decision?: components["schemas"]["PermissionDecision"];
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such pending request (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["SessionInactive"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    listMachines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The machines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "machines": [
                     *         {
                     *           "id": "machine-devbox-1",
                     *           "namespace": "default",
                     *           "seq": 12,
                     *           "createdAt": 1787304600000,
                     *           "updatedAt": 1787391300000,
                     *           "active": true,
                     *           "activeAt": 1787391300000,
                     *           "metadata": {
                     *             "host": "devbox",
                     *             "platform": "linux",
                     *             "happyCliVersion": "0.18.2",
                     *             "displayName": "Dev box",
                     *             "homeDir": "/home/dev",
                     *             "workspaceRoots": [
                     *               "/home/dev/projects"
                     *             ]
                     *           },
                     *           "metadataVersion": 2,
                     *           "runnerState": {
                     *             "status": "running",
                     *             "pid": 48211,
                     *             "httpPort": 41877,
                     *             "startedAt": 1787387400000,
                     *             "lastSpawnError": null
                     *           },
                     *           "runnerStateVersion": 3,
                     *           "health": {
                     *             "collectedAt": 1787391295000,
                     *             "cpuCount": 8,
                     *             "load1m": 0.42,
                     *             "cpuPercent": 6.5,
                     *             "memoryPercent": 38.2,
                     *             "uptimeSeconds": 402113
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        machines: components["schemas"]["Machine"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            503: components["responses"]["NotConnected"];
        };
    };
    renameMachine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "displayName": "Dev box"
                 *     }
                 */
                "application/json": {
                    displayName: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description Missing or too long. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            409: components["responses"]["VersionConflict"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["NotConnected"];
        };
    };
    spawnSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "directory": "/home/dev/projects/webapp",
                 *       "agent": "claude",
                 *       "permissionMode": "acceptEdits",
                 *       "sessionType": "simple"
                 *     }
                 */
                "application/json": {
                    directory: string;
                    agent?: components["schemas"]["AgentFlavor"];
                    model?: string;
                    effort?: string;
                    modelReasoningEffort?: string;
                    yolo?: boolean;
                    permissionMode?: components["schemas"]["PermissionMode"];
                    /** @enum {string} */
                    sessionType?: "simple" | "worktree";
                    worktreeName?: string;
                    /** @enum {string} */
                    serviceTier?: "fast" | "standard";
                    collaborationMode?: components["schemas"]["CodexCollaborationMode"];
                    /** @enum {string} */
                    copilotAgentMode?: "interactive" | "plan" | "autopilot" | "fleet";
                    /** @enum {string} */
                    startingMode?: "remote" | "pty";
                };
            };
        };
        responses: {
            /** @description The outcome (`type` is `success` or `error`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "success" | "error";
                        sessionId?: string;
                        message?: string;
                    };
                };
            };
            /** @description Bad body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    listMachineDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "path": "/home/dev/projects"
                 *     }
                 */
                "application/json": {
                    path: string;
                    includeHidden?: boolean;
                };
            };
        };
        responses: {
            /** @description The entries, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "entries": [
                     *         {
                     *           "name": "webapp",
                     *           "type": "directory",
                     *           "modified": 1787383800000,
                     *           "isGitRepo": true
                     *         },
                     *         {
                     *           "name": "notes.md",
                     *           "type": "file",
                     *           "size": 2048,
                     *           "modified": 1787304600000
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DirectoryListing"];
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    checkMachinePathsExist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "paths": [
                 *         "/home/dev/projects/webapp",
                 *         "/home/dev/projects/old-api"
                 *       ]
                 *     }
                 */
                "application/json": {
                    paths: string[];
                };
            };
        };
        responses: {
            /** @description Which paths exist. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exists": {
                     *         "/home/dev/projects/webapp": true,
                     *         "/home/dev/projects/old-api": false
                     *       }
                     *     }
                     */
                    "application/json": {
                        exists: {
                            [key: string]: boolean;
                        };
                    };
                };
            };
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner could not be reached. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    listMachineAgyModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "gemini-3-pro",
                     *           "name": "Gemini 3 Pro"
                     *         }
                     *       ],
                     *       "currentModelId": "gemini-3-pro"
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:agy-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting (or, where noted, the runner is not connected). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachinePiModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "provider": "openai",
                     *           "modelId": "gpt-5",
                     *           "name": "GPT-5"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PiModelCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:pi-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting, or the runner is not connected. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachineCodexModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "models": [
                     *         {
                     *           "id": "gpt-5-codex",
                     *           "displayName": "GPT-5 Codex",
                     *           "isDefault": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CodexModelCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:codex-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting, or the runner is not connected. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachineCursorModels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "sonnet-4.5",
                     *           "name": "Sonnet 4.5"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:cursor-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting (or, where noted, the runner is not connected). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachineOpencodeModels: {
        parameters: {
            query: {
                /**
                 * @description Directory the session would run in.
                 * @example /home/dev/projects/webapp
                 */
                cwd: string;
            };
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "anthropic/claude-sonnet-4-5"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description `cwd` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "cwd query parameter is required"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:opencode-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting (or, where noted, the runner is not connected). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachineGrokModels: {
        parameters: {
            query: {
                /**
                 * @description Directory the session would run in.
                 * @example /home/dev/projects/webapp
                 */
                cwd: string;
            };
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "grok-code-fast-1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description `cwd` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "cwd query parameter is required"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:grok-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting (or, where noted, the runner is not connected). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    listMachineCopilotModels: {
        parameters: {
            query: {
                /**
                 * @description Directory the session would run in.
                 * @example /home/dev/projects/webapp
                 */
                cwd: string;
            };
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "availableModels": [
                     *         {
                     *           "modelId": "gpt-5",
                     *           "name": "GPT-5"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelCatalog"];
                };
            };
            /** @description `cwd` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "cwd query parameter is required"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            404: components["responses"]["MachineNotFound"];
            /** @description The runner failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "error": "RPC handler not registered: machine-devbox-1:copilot-models"
                     *     }
                     */
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
            /** @description The hub is starting (or, where noted, the runner is not connected). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"];
                };
            };
        };
    };
    restartMachineRunner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Machine id.
                 * @example machine-devbox-1
                 */
                machineId: components["parameters"]["MachineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restart was requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "message": "Runner restart requested"
                     *     }
                     */
                    "application/json": {
                        message: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["MachineForbidden"];
            /** @description No such machine. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The runner cannot or did not restart. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The machine is offline. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGitStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    getGitDiffNumstat: {
        parameters: {
            query?: {
                /** @description `true` for the staged changes; other values count as unset. */
                staged?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    getGitDiffFile: {
        parameters: {
            query: {
                /**
                 * @description File path relative to the session directory.
                 * @example src/auth/login.ts
                 */
                path: string;
                /** @description `true` for the staged changes; other values count as unset. */
                staged?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandResult"];
                };
            };
            /** @description `path` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    readSessionFile: {
        parameters: {
            query: {
                /**
                 * @description File path relative to the session directory.
                 * @example src/auth/login.ts
                 */
                path: string;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                        /** @description Base64. */
                        content?: string;
                        size?: number;
                        modified?: number;
                        error?: string;
                    };
                };
            };
            /** @description `path` is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    searchSessionFiles: {
        parameters: {
            query?: {
                /**
                 * @description Text to match against file names.
                 * @example login
                 */
                query?: string;
                /** @description Maximum number of files. */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: boolean;
                        files?: {
                            fileName: string;
                            filePath: string;
                            fullPath: string;
                            /** @description `file`. */
                            fileType: string;
                            size?: number;
                            modified?: number;
                        }[];
                        error?: string;
                    };
                };
            };
            /** @description `limit` is out of range. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    listSessionDirectory: {
        parameters: {
            query?: {
                /**
                 * @description Directory relative to the session root.
                 * @example src
                 */
                path?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result, or `success: false`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryListing"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            404: components["responses"]["SessionNotFound"];
            503: components["responses"]["NotConnected"];
        };
    };
    getGeneratedImage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of a copy you hold (`"<imageId>"`). */
                "If-None-Match"?: string;
            };
            path: {
                /**
                 * @description Session id. A superseded or merged session resolves to its current id.
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId: components["parameters"]["SessionId"];
                /**
                 * @description Generated image id.
                 * @example img_5c2e8a14
                 */
                imageId: components["parameters"]["ImageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image (or other file). */
            200: {
                headers: {
                    "Content-Disposition": components["headers"]["ContentDisposition"];
                    /** @description `"<imageId>"`. */
                    ETag?: string;
                    /** @description `private, max-age=31536000, immutable`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Your copy is current. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["SessionForbidden"];
            /** @description No such image (or session). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RpcFailure"] | components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    getVoiceBackend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The preferred backend and every configured one (null and empty without keys). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "backend": "elevenlabs",
                     *       "backends": [
                     *         "elevenlabs",
                     *         "gemini-live"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        backend: components["schemas"]["VoiceBackend"] | null;
                        backends: components["schemas"]["VoiceBackend"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listTranscriptionProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Configured providers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "providers": [
                     *         {
                     *           "id": "openai",
                     *           "label": "OpenAI",
                     *           "modes": [
                     *             "standard",
                     *             "realtime"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        providers: {
                            id: components["schemas"]["TranscriptionProvider"];
                            label: string;
                            modes: ("standard" | "realtime")[];
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getTranscriptionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Key status per provider. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openai": {
                     *         "configured": true,
                     *         "source": "settings",
                     *         "hint": "sk-…a1B2",
                     *         "editable": true
                     *       },
                     *       "elevenlabs": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "hint": null,
                     *         "editable": true
                     *       },
                     *       "deepgram": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "hint": null,
                     *         "editable": true
                     *       },
                     *       "groq": {
                     *         "configured": true,
                     *         "source": "env",
                     *         "hint": "gsk_…9xZ0",
                     *         "editable": false
                     *       },
                     *       "openaiCompatible": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "baseUrl": null,
                     *         "model": null,
                     *         "baseUrlEditable": true,
                     *         "modelEditable": true,
                     *         "apiKey": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         }
                     *       },
                     *       "voiceBackends": {
                     *         "elevenlabs": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         },
                     *         "geminiLive": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         },
                     *         "qwenRealtime": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceCredentials"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the hub owner (namespace `default`) may call this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTranscriptionCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "openai": "sk-proj-4fQ9…redacted",
                 *       "deepgram": null
                 *     }
                 */
                "application/json": {
                    /** @description The key; null clears it. */
                    openai?: string | null;
                    /** @description The key; null clears it. */
                    elevenlabs?: string | null;
                    /** @description The key; null clears it. */
                    deepgram?: string | null;
                    /** @description The key; null clears it. */
                    groq?: string | null;
                    /** @description The key; null clears it. */
                    geminiLive?: string | null;
                    /** @description The key; null clears it. */
                    qwenRealtime?: string | null;
                    openaiCompatible?: {
                        baseUrl?: string | null;
                        model?: string | null;
                        /** @description The key; null clears it. */
                        apiKey?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Key status after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openai": {
                     *         "configured": true,
                     *         "source": "settings",
                     *         "hint": "sk-…a1B2",
                     *         "editable": true
                     *       },
                     *       "elevenlabs": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "hint": null,
                     *         "editable": true
                     *       },
                     *       "deepgram": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "hint": null,
                     *         "editable": true
                     *       },
                     *       "groq": {
                     *         "configured": true,
                     *         "source": "env",
                     *         "hint": "gsk_…9xZ0",
                     *         "editable": false
                     *       },
                     *       "openaiCompatible": {
                     *         "configured": false,
                     *         "source": "none",
                     *         "baseUrl": null,
                     *         "model": null,
                     *         "baseUrlEditable": true,
                     *         "modelEditable": true,
                     *         "apiKey": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         }
                     *       },
                     *       "voiceBackends": {
                     *         "elevenlabs": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         },
                     *         "geminiLive": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         },
                     *         "qwenRealtime": {
                     *           "configured": false,
                     *           "source": "none",
                     *           "hint": null,
                     *           "editable": true
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceCredentials"];
                };
            };
            /** @description The payload is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Only the hub owner (namespace `default`) may call this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key is locked by an environment variable. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The settings could not be saved. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transcribeAudio: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "file": "(audio bytes)",
                 *       "provider": "openai",
                 *       "language": "en"
                 *     }
                 */
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The audio.
                     */
                    file: string;
                    provider: components["schemas"]["TranscriptionProvider"];
                    /** @enum {string} */
                    mode?: "standard";
                    /** @description BCP-47-like language tag. */
                    language?: string;
                };
            };
        };
        responses: {
            /** @description The transcript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "text": "Please run the login tests again.",
                     *       "language": "en"
                     *     }
                     */
                    "application/json": {
                        text: string;
                        language?: string;
                    };
                };
            };
            /** @description The form is invalid or the provider is not configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The audio is larger than 25 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The provider failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRealtimeTranscriptionToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "provider": "openai",
                 *       "language": "en"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    provider: "openai" | "elevenlabs" | "deepgram";
                    language?: string;
                };
            };
        };
        responses: {
            /** @description A short-lived provider token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "token": "ek_68a83b1d2c4f8190a1b2c3d4e5f60718"
                     *     }
                     */
                    "application/json": {
                        token: string;
                    };
                };
            };
            /** @description Bad body or provider not configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The body is larger than 8 KiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The provider failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createVoiceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "voiceId": "21m00Tcm4TlvDq8ikWAM"
                 *     }
                 */
                "application/json": {
                    customAgentId?: string;
                    customApiKey?: string;
                    voiceId?: string;
                };
            };
        };
        responses: {
            /** @description A conversation token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": true,
                     *       "token": "convai_tok_3f8e1c9b7a",
                     *       "agentId": "agent_01jz8k2m4n"
                     *     }
                     */
                    "application/json": {
                        allowed: boolean;
                        token: string;
                        agentId: string;
                    };
                };
            };
            /** @description No key is configured, or the body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": false,
                     *       "error": "ElevenLabs API key not configured"
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceDenied"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description ElevenLabs failed. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": false,
                     *       "error": "Failed to get conversation token"
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceDenied"];
                };
            };
        };
    };
    createGeminiVoiceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to connect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": true,
                     *       "apiKey": "proxied",
                     *       "wsUrl": "ws://127.0.0.1:3006/api/voice/gemini-ws"
                     *     }
                     */
                    "application/json": {
                        allowed: boolean;
                        /** @description `proxied`. */
                        apiKey: string;
                        wsUrl: string;
                        baseUrl?: string;
                    };
                };
            };
            /** @description No Gemini key is configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": false,
                     *       "error": "Gemini API key not configured"
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceDenied"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    createQwenVoiceToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Where to connect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": true,
                     *       "wsUrl": "ws://127.0.0.1:3006/api/voice/qwen-ws"
                     *     }
                     */
                    "application/json": {
                        allowed: boolean;
                        wsUrl: string;
                    };
                };
            };
            /** @description No Qwen key is configured. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "allowed": false,
                     *       "error": "Qwen API key not configured"
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceDenied"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listVoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "voices": [
                     *         {
                     *           "id": "21m00Tcm4TlvDq8ikWAM",
                     *           "name": "Rachel",
                     *           "previewUrl": "https://storage.googleapis.com/eleven-public-prod/premade/voices/rachel.mp3",
                     *           "category": "premade"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        voices: {
                            id: string;
                            name: string;
                            previewUrl?: string | null;
                            category?: string | null;
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    sendVoiceTelemetry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stage": "connect",
                 *       "message": "WebSocket closed before the session started",
                 *       "sessionId": "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90",
                 *       "details": {
                 *         "code": 1006
                 *       }
                 *     }
                 */
                "application/json": {
                    stage: string;
                    message: string;
                    sessionId?: string;
                    voiceId?: string;
                    language?: string;
                    details?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description The payload is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "ok": false,
                     *       "error": "Invalid telemetry payload"
                     *     }
                     */
                    "application/json": components["schemas"]["TelemetryRejected"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getVapidPublicKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hub's VAPID public key (base64url). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "publicKey": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM"
                     *     }
                     */
                    "application/json": {
                        publicKey: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    subscribePush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://fcm.googleapis.com/fcm/send/dGhpcyBpcyBhbiBleGFtcGxl",
                 *       "keys": {
                 *         "p256dh": "BIPUL12DLfytvTajnryr2PRdAgXS3HGKiLqndGcJGabyhHheJYlNGCeXl1dn18gSJ1WAkAPIxr4gK0_dQds4yiI",
                 *         "auth": "FPssNDTKnInHVndSTdbKFw"
                 *       }
                 *     }
                 */
                "application/json": {
                    endpoint: string;
                    keys: {
                        p256dh: string;
                        auth: string;
                    };
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
        };
    };
    unsubscribePush: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpoint": "https://fcm.googleapis.com/fcm/send/dGhpcyBpcyBhbiBleGFtcGxl"
                 *     }
                 */
                "application/json": {
                    endpoint: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
        };
    };
    registerDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "f3c1a9e2b7d4c8a1e5f6b2d9c3a7e1f4",
                 *       "platform": "phone",
                 *       "deviceId": "pixel-8-dana"
                 *     }
                 */
                "application/json": {
                    token: string;
                    /** @enum {string} */
                    platform: "phone" | "wear" | "ios";
                    deviceId: string;
                    /** @description Base64 of a 32-byte key. */
                    pushKey?: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            /** @description The body is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    unregisterDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "f3c1a9e2b7d4c8a1e5f6b2d9c3a7e1f4"
                 *     }
                 */
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description Every event of the namespace. */
                all?: "true" | "1";
                /**
                 * @description Only events of this session (checked like the session routes).
                 * @example 5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90
                 */
                sessionId?: string;
                /**
                 * @description Only events of this machine.
                 * @example machine-devbox-1
                 */
                machineId?: string;
                /**
                 * @description `visible` for a connection the user is looking at (it receives toasts); anything else means `hidden`.
                 * @example visible
                 */
                visibility?: string;
                /**
                 * @description Resume cursor; the `Last-Event-ID` header wins over it.
                 * @example b96be23d:6:5de4ca6c
                 */
                lastEventId?: string;
            };
            header?: {
                /**
                 * @description Id of the last frame received, to resume.
                 * @example b96be23d:6:5de4ca6c
                 */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream (gzipped when the client accepts gzip, flushed after each event). */
            200: {
                headers: {
                    /** @description `no-cache`. */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example data: {"type":"connection-changed","data":{"status":"connected","subscriptionId":"4d3c2b1a-0f9e-4d8c-b7a6-958473625140","resume":"ok"}} */
                    "text/event-stream": string | components["schemas"]["EventStreamFrame"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The session or machine belongs to another namespace. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown `sessionId` or `machineId`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
    setVisibility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "subscriptionId": "4d3c2b1a-0f9e-4d8c-b7a6-958473625140",
                 *       "visibility": "visible"
                 *     }
                 */
                "application/json": {
                    subscriptionId: string;
                    /** @enum {string} */
                    visibility: "visible" | "hidden";
                };
            };
        };
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["InvalidBody"];
            401: components["responses"]["Unauthorized"];
            /** @description No such subscription in this namespace. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            503: components["responses"]["NotConnected"];
        };
    };
}

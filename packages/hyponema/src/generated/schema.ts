/**
 * Generated from specs/hyponema/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

export interface paths {
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a session
         * @description Creates a session (a conversation row in `pending`) and returns signed WebSocket URLs and a signed token for
         *     the browser or voice client. Call it from your backend with the workspace key; give the client only
         *     `ws_url`, `chat_url` or `token`. Text sessions can also chat over SSE with `sendChatMessage`.
         */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        /**
         * Get a session
         * @description Returns the current lifecycle view of the session. `token` and `expires_at` are not returned here.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End a session
         * @description Idempotent by design: ending an already-closed session returns its current state.
         */
        post: operations["endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{session_id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a chat message (SSE)
         * @description Sends one user message and streams the assistant's turn as Server-Sent Events. Tool calls run inline, guards
         *     apply, and the assistant and tool turns are persisted server-side: do not run a second chat loop in the
         *     client. Uses the workspace key, so call it from a server; browsers use the signed `chat_url` WebSocket.
         *     Parse SSE frame boundaries, not raw chunks.
         */
        post: operations["sendChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Requires the `webhooks:admin` scope. The list's shape and pagination are not documented.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Registers an HTTPS receiver for the given event types. The endpoint's signing secret is returned once, on
         *     creation (the field holding it is not documented): store it then. Requires the `webhooks:admin` scope.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/webhooks/{endpoint_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Webhook endpoint id.
                 * @example ENDPOINT_ID
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        /**
         * List recent delivery attempts
         * @description Recent delivery attempts of one endpoint. Requires the `webhooks:admin` scope. The docs say lists paginate
         *     but do not name the cursor parameter or the response envelope, so no pagination is declared.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/knowledge-base/sources/upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a knowledge source file
         * @description Uploads a document as multipart form data; processing continues in the background (poll
         *     `getKnowledgeSource`). Only sources attached to an agent are visible to it. Required scope not stated per
         *     route (`knowledge:write` covers knowledge sources).
         */
        post: operations["uploadKnowledgeSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/knowledge-base/sources/inline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an inline knowledge source
         * @description Adds a text source from a JSON body; processing continues in the background (poll `getKnowledgeSource`).
         */
        post: operations["createInlineKnowledgeSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/knowledge-base/sources/{source_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Knowledge source id.
                 * @example SOURCE_ID
                 */
                source_id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        /**
         * Get a knowledge source
         * @description Poll this until `status` is `ready`.
         */
        get: operations["getKnowledgeSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        /**
         * List phone numbers
         * @description A number is attached to at most one agent; inbound calls ring that agent and outbound calls use it as caller ID.
         */
        get: operations["listPhoneNumbers"];
        put?: never;
        /**
         * Add a phone number
         * @description Adds a number against a carrier configured for the workspace. The request body is not documented.
         */
        post: operations["createPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a schedule
         * @description Schedules outbound calls from an agent to a user, either recurring (weekdays at a local time in a time zone)
         *     or one-shot (`run_at`). Unanswered calls are retried up to `max_attempts` times, `retry_delay_seconds`
         *     apart. The server maintains `last_run_at` and `next_run_at`.
         */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/agents/{agent_id}/listening-profiles/{id}/set-default": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Agent id.
                 * @example AGENT_ID
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description Listening profile id.
                 * @example LISTENING_PROFILE_ID
                 */
                id: components["parameters"]["ListeningProfileId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a listening profile the agent's default
         * @description Each agent has exactly one default listening profile. No request body is documented.
         */
        post: operations["setDefaultListeningProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/billing/plans": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        /**
         * List billing plans
         * @description The plan catalog, including the workspace's `current_plan_slug`. Older docs show this call with the workspace key; newer docs say API keys cannot manage billing, so it may be dashboard-only for your workspace.
         */
        get: operations["listBillingPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/billing/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        /**
         * Get billing entitlements
         * @description Per-tenant limits such as `agents_limit`, `kb_storage_bytes_limit` and `kb_max_upload_bytes_limit`. Older docs show this call with the workspace key; newer docs say API keys cannot manage billing, so it may be dashboard-only for your workspace.
         */
        get: operations["getBillingEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/billing/checkout-session": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a Stripe checkout session
         * @description Mints a Stripe Checkout session for a plan change. Older docs show this call with the workspace key; newer docs say API keys cannot manage billing, so it may be dashboard-only for your workspace.
         */
        post: operations["createCheckoutSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/users/{user_id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Your application's stable user id (the canonical counterparty id).
                 * @example user_123
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a DSAR export for a user
         * @description Starts a background export of everything held about the user (profile fields, attributes, transcripts,
         *     memory observations, post-session records, relevant audit entries). No request body. A `dsar.ready`
         *     webhook fires when it completes. Older docs show this call with the workspace key; newer docs list compliance exports as dashboard-only, so it may be refused for your key.
         */
        post: operations["startDsarExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/dsar-exports/{export_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description DSAR export id (`export_id` returned when the export was started).
                 * @example EXPORT_ID
                 */
                export_id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * Get a DSAR export
         * @description Poll until `status` is `ready`. Older docs show this call with the workspace key; newer docs list compliance exports as dashboard-only, so it may be refused for your key.
         */
        get: operations["getDsarExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/dsar-exports/{export_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description DSAR export id (`export_id` returned when the export was started).
                 * @example EXPORT_ID
                 */
                export_id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * Get a DSAR export download link
         * @description Returns a short-lived signed link to the export archive. The docs write the path as "GET …/download" after
         *     the export's URL, and do not show how the link is returned. Older docs show this call with the workspace key; newer docs list compliance exports as dashboard-only, so it may be refused for your key.
         */
        get: operations["downloadDsarExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        /**
         * List audit log entries
         * @description The workspace audit trail. The docs say it paginates and supports filters, but the filter names, the cursor
         *     parameter and the response envelope are not published, so only `limit` is declared and no pagination.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a dataset
         * @description A dataset of test rows for agent tests and evaluations.
         */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/datasets/{slug}/rows:bulk": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Dataset slug, as given when the dataset was created.
                 * @example billing-faq
                 */
                slug: components["parameters"]["DatasetSlug"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add dataset rows in bulk
         * @description Adds rows (input message, expected behaviour, optional metadata) to a dataset. The docs write the path as
         *     `/datasets/{slug}/rows:bulk`; the `/workspaces/{ws}` prefix is inferred from the sibling dataset route.
         */
        post: operations["addDatasetRows"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/workspaces/{ws}/scorers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a scorer
         * @description An LLM rubric judge or a rule scorer (string match, regex, JSON path) for evaluations.
         */
        post: operations["createScorer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    post_call_transcription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conversation transcript persisted
         * @description Fires when a conversation has ended and its transcript is persisted.
         *
         *     Delivered at least once: retries (exponential backoff, attempts numbered) and crash-driven redelivery reuse
         *     the same event id, so de-duplicate on `X-Hyponema-Event-Id`. Verify the HMAC-SHA256 signature (per-endpoint
         *     secret) before processing; the signature header and signed string are not documented. Return a 2xx only
         *     after durable acceptance, and quickly: slow or failed acks trigger a retry.
         */
        post: operations["receivePostCallTranscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "escalation.triggered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Escalation triggered
         * @description Fires when a no-go-zone guard escalated a turn.
         *
         *     Delivered at least once: retries (exponential backoff, attempts numbered) and crash-driven redelivery reuse
         *     the same event id, so de-duplicate on `X-Hyponema-Event-Id`. Verify the HMAC-SHA256 signature (per-endpoint
         *     secret) before processing; the signature header and signed string are not documented. Return a 2xx only
         *     after durable acceptance, and quickly: slow or failed acks trigger a retry.
         */
        post: operations["receiveEscalationTriggered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "dsar.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * DSAR export ready
         * @description Fires when a DSAR export job completed and is ready to download.
         *
         *     Delivered at least once: retries (exponential backoff, attempts numbered) and crash-driven redelivery reuse
         *     the same event id, so de-duplicate on `X-Hyponema-Event-Id`. Verify the HMAC-SHA256 signature (per-endpoint
         *     secret) before processing; the signature header and signed string are not documented. Return a 2xx only
         *     after durable acceptance, and quickly: slow or failed acks trigger a retry.
         */
        post: operations["receiveDsarReady"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "fatigue.alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fatigue alert
         * @description Fires when fatigue-detection windowing fired (the docs' sentence is cut off after that).
         *
         *     Delivered at least once: retries (exponential backoff, attempts numbered) and crash-driven redelivery reuse
         *     the same event id, so de-duplicate on `X-Hyponema-Event-Id`. Verify the HMAC-SHA256 signature (per-endpoint
         *     secret) before processing; the signature header and signed string are not documented. Return a 2xx only
         *     after durable acceptance, and quickly: slow or failed acks trigger a retry.
         */
        post: operations["receiveFatigueAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description `voice` (real-time mic/speaker), `voice+text` (voice, the client also sends/displays text) or `text` (SSE chat or chat-mode WebSocket).
         * @enum {string}
         */
        Modality: "voice" | "voice+text" | "text";
        SessionCreateRequest: {
            /**
             * @description Agent to run.
             * @example agent_...
             */
            agent_id: string;
            /**
             * @description Stable user id from your application.
             * @example user_123
             */
            user_id: string;
            /** @description Defaults to `voice`. */
            modality?: components["schemas"]["Modality"];
            /** @description String variables bound to the session token (their hash is part of the signed token). */
            dynamic_variables?: {
                [key: string]: string;
            };
            /** @description Lifetime of the signed token in seconds, capped at 3600. The minimum, the default and whether larger values are clamped or rejected are not documented. */
            ttl_seconds?: number;
            /** @description Per-session agent overrides. */
            overrides?: {
                [key: string]: unknown;
            };
            /** @description Per-session voice stack override (STT, LLM, TTS). */
            voice_stack_override?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Lifecycle state. Created sessions start `pending`; a WebSocket connect moves them to `in_progress`; a normal close to `completed`; a failure to `failed`.
         * @enum {string}
         */
        SessionStatus: "pending" | "in_progress" | "completed" | "failed";
        /**
         * @description The new session. `token` and `expires_at` are returned only here: a lost token cannot be read back with
         *     `getSession`. Hand the browser `ws_url`/`chat_url` (or `token`), never the API key.
         */
        SessionCreated: {
            /** @description Session id. */
            id: string;
            status: components["schemas"]["SessionStatus"];
            /**
             * Format: uri
             * @description Signed voice WebSocket URL, `wss://api.hyponema.ai/v1/sessions/{session_id}/ws?token=…`.
             */
            ws_url: string;
            /**
             * Format: uri
             * @description Signed chat WebSocket URL, `wss://api.hyponema.ai/v1/sessions/{session_id}/chat?token=…`.
             */
            chat_url: string;
            /** @description Signed session token binding agent, user, workspace, dynamic-variable hash, expiry and session id. Short-lived and single-session, so safe for a browser. */
            token: string;
            /** @description When the token expires. A timestamp whose representation (string or number) is not documented. */
            expires_at: string | number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An error response. Hyponema documents no error body: not its fields, not a request-id header, not a status
         *     matrix. The docs only say errors are structured and that request identifiers should be preserved when present.
         */
        ErrorBody: {
            [key: string]: unknown;
        };
        /** @description The current lifecycle view of a session. Tenant scope is enforced by the API key. */
        Session: {
            /** @description Session id. */
            id?: string;
            status?: components["schemas"]["SessionStatus"];
        } & {
            [key: string]: unknown;
        };
        /** @description Which fields are required is not documented. */
        SessionEndRequest: {
            /**
             * @description Final state to record.
             * @enum {string}
             */
            status?: "completed" | "failed";
            /** @description Free-text reason. */
            reason?: string;
        };
        ChatMessageRequest: {
            /** @description The user's message, 1–8000 characters. */
            text: string;
        };
        ChatTurnStartData: {
            turn_id: string;
            /** @description The resolved model for this turn. */
            model: string;
        };
        /** @description An assistant turn started. */
        ChatEventTurnStart: {
            /** @constant */
            event: "turn_start";
            data: components["schemas"]["ChatTurnStartData"];
        };
        ChatTokenData: {
            /** @description A chunk of assistant text; concatenate chunks in order for the reply. */
            text: string;
        };
        /** @description A streamed chunk of assistant text. */
        ChatEventToken: {
            /** @constant */
            event: "token";
            data: components["schemas"]["ChatTokenData"];
        };
        ChatToolCallData: {
            call_id: string;
            /** @description Tool name. */
            name: string;
            /** @description The tool arguments streamed so far, as a (possibly incomplete) JSON string. */
            arguments_partial: string;
        };
        /** @description A tool invocation started. */
        ChatEventToolCall: {
            /** @constant */
            event: "tool_call";
            data: components["schemas"]["ChatToolCallData"];
        };
        ChatToolResultData: {
            call_id: string;
            name: string;
            /** @description The arguments the tool ran with. Type not documented. */
            arguments: unknown;
            /** @description What the assistant sees from the tool. Type not documented. */
            result: unknown;
            /** @description Tool latency in milliseconds. */
            latency_ms: number;
        };
        /** @description A tool returned; the assistant sees its result. */
        ChatEventToolResult: {
            /** @constant */
            event: "tool_result";
            data: components["schemas"]["ChatToolResultData"];
        };
        ChatGuardData: {
            /** @description Which guard fired (values not documented; a no-go zone is one). */
            kind: string;
            /** @enum {string} */
            action: "block" | "redirect" | "escalate";
            detail: string;
            /** @description Set when `action` is `redirect`. */
            replacement?: string;
        };
        /** @description A guard fired (e.g. a no-go zone). */
        ChatEventGuard: {
            /** @constant */
            event: "guard";
            data: components["schemas"]["ChatGuardData"];
        };
        ChatTurnEndData: {
            turn_id: string;
            latency_ms: number;
            prompt_tokens: number;
            completion_tokens: number;
        };
        /** @description The turn completed. Terminal event of a successful turn. */
        ChatEventTurnEnd: {
            /** @constant */
            event: "turn_end";
            data: components["schemas"]["ChatTurnEndData"];
        };
        ChatErrorData: {
            detail: string;
            /** @description Error category (values not documented). */
            error_kind: string;
        };
        /** @description The turn failed. Terminal event of a failed turn. */
        ChatEventError: {
            /** @constant */
            event: "error";
            data: components["schemas"]["ChatErrorData"];
        };
        /**
         * @description One Server-Sent Event of a chat turn, as the client yields it: the SSE `event:` name and its `data:` line
         *     parsed as JSON. The stream uses a simplified event shape that differs from the voice WebSocket events. No
         *     `id:`/`retry:` fields, heartbeats, end marker or resume are documented; `turn_end` or `error` ends a turn.
         */
        ChatEvent: components["schemas"]["ChatEventTurnStart"] | components["schemas"]["ChatEventToken"] | components["schemas"]["ChatEventToolCall"] | components["schemas"]["ChatEventToolResult"] | components["schemas"]["ChatEventGuard"] | components["schemas"]["ChatEventTurnEnd"] | components["schemas"]["ChatEventError"];
        /** @description A list response whose shape (a JSON array, or an object wrapping one) Hyponema has not published. */
        UndocumentedList: unknown[] | {
            [key: string]: unknown;
        };
        /**
         * @description A webhook event type. Documented so far: `post_call_transcription`, `escalation.triggered`, `dsar.ready`,
         *     `fatigue.alert`. The catalog in the docs is cut off after these, so other values exist and are accepted.
         * @example post_call_transcription
         * @example escalation.triggered
         * @example dsar.ready
         * @example fatigue.alert
         */
        WebhookEventType: string;
        /** @description Which fields are required is not documented. */
        WebhookEndpointCreateRequest: {
            /**
             * Format: uri
             * @description Receiver URL. Must be HTTPS and resolve to a public host; loopback, link-local and private hosts are rejected.
             */
            url?: string;
            /** @description Event types to deliver to this endpoint. */
            events?: components["schemas"]["WebhookEventType"][];
        };
        /** @description A JSON response whose fields Hyponema has not published. */
        UndocumentedObject: {
            [key: string]: unknown;
        };
        KnowledgeSourceUploadRequest: {
            /**
             * @description The document, as a file part with its MIME type. Accepted: PDF, Markdown, plain text, HTML, JSON, DOCX,
             *     EPUB, PNG/JPEG/WEBP; other types are rejected before the body is read (status not documented).
             */
            file: string;
            /** @description Display name of the source. */
            name?: string;
        };
        /** @description A knowledge source row. Processing is asynchronous; poll `getKnowledgeSource` until `status` is `ready`. */
        KnowledgeSource: {
            /**
             * @description Processing state. `ready` is the one documented value.
             * @example ready
             */
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A plan limit was hit. The body carries one of the documented codes — `quota-exceeded-agents`,
         *     `quota-exceeded-kb-storage`, `quota-exceeded-kb-upload-size` (the list says "codes like", so it may grow) —
         *     but the docs do not show which field holds it.
         */
        QuotaExceededError: {
            [key: string]: unknown;
        };
        /** @description Which fields are required is not documented. */
        KnowledgeSourceInlineRequest: {
            /** @description Display name of the source. */
            name?: string;
            /** @description The source text. */
            content?: string;
        };
        /**
         * @description A recurring schedule uses `weekdays`, `local_time`, `timezone` and `enabled`; a one-shot schedule uses
         *     `run_at` and `enabled`. Which fields are required, and the exact meaning of `single_shot`, are not documented.
         */
        ScheduleCreateRequest: {
            agent_id?: string;
            user_id?: string;
            single_shot?: boolean;
            /** @description ISO weekdays, 1 = Monday … 7 = Sunday. */
            weekdays?: number[];
            /**
             * @description Local time of day, `HH:MM:SS`.
             * @example 09:30:00
             */
            local_time?: string;
            /**
             * @description IANA time zone name.
             * @example Europe/Madrid
             */
            timezone?: string;
            /**
             * Format: date-time
             * @description UTC time of a one-shot run.
             */
            run_at?: string;
            enabled?: boolean;
            /** @description Attempts when the user does not answer. */
            max_attempts?: number;
            /** @description Delay between unanswered attempts. */
            retry_delay_seconds?: number;
        };
        /** @description The plan catalog for the workspace. */
        BillingPlans: {
            /** @description Slug of the workspace's current plan. */
            current_plan_slug?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description The workspace's per-tenant entitlements. The docs name `agents_limit`, `kb_storage_bytes_limit`, `kb_max_upload_bytes_limit` and an MCP-enabled flag (its name is not given); their types are not stated (numbers are read from the names). */
        BillingEntitlements: {
            /** @description Maximum number of agents. */
            agents_limit?: number;
            /** @description Knowledge-base storage limit in bytes. */
            kb_storage_bytes_limit?: number;
            /** @description Largest single knowledge-base upload in bytes. */
            kb_max_upload_bytes_limit?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description The documented example is cut off after `cancel_url`; more fields may exist. Which are required is not documented. */
        CheckoutSessionRequest: {
            /** @example pro */
            plan_slug?: string;
            /** @example monthly */
            billing_interval?: string;
            /** Format: uri */
            success_url?: string;
            /** Format: uri */
            cancel_url?: string;
        };
        /** @description The export runs as a background job; poll `getDsarExport` with `export_id`. */
        DsarExportStarted: {
            export_id?: string;
        } & {
            [key: string]: unknown;
        };
        DsarExport: {
            /**
             * @description Export state. `ready` is the one documented value; then `downloadDsarExport` returns a signed link.
             * @example ready
             */
            status?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Which fields are required is not documented. */
        DatasetCreateRequest: {
            slug?: string;
            name?: string;
            description?: string;
        };
        /** @description Rows to add. A row holds an input (user message), the expected behaviour and optional metadata; the field names are not documented. */
        DatasetRowsBulkRequest: {
            [key: string]: unknown;
        };
        /** @description The documented example is cut off inside the body. Scorer kinds include LLM rubric judges (a `kind` value beginning `llm_j…`) and rule scorers (string match, regex, JSON path); exact values are not published. */
        ScorerCreateRequest: {
            name?: string;
            kind?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The JSON body of a webhook delivery. Only `event_id` is documented; no example payload exists for any event
         *     type. Verify the HMAC-SHA256 signature (per-endpoint secret; header and signed string not documented) before
         *     trusting it, and de-duplicate on `event_id` (delivery is at-least-once).
         */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description Stable id of the event, equal to the `X-Hyponema-Event-Id` header.
             */
            event_id: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /**
         * @description A client error (bad request, missing or invalid key, missing scope, not found, rate limited …). Hyponema
         *     publishes no status matrix and no error body, so this range stands for all of them.
         */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
        /**
         * @description Payment Required: a plan limit was hit. Documented codes: `quota-exceeded-kb-storage` (storage),
         *     `quota-exceeded-kb-upload-size` (single upload too large), `quota-exceeded-agents` (agent count).
         */
        QuotaExceeded: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["QuotaExceededError"];
            };
        };
    };
    parameters: {
        /**
         * @description Session id returned by `createSession` (`id`).
         * @example SESSION_ID
         */
        SessionId: string;
        /**
         * @description Workspace id. Each API key is bound to one workspace.
         * @example WORKSPACE_ID
         */
        Workspace: string;
        /**
         * @description Webhook endpoint id.
         * @example ENDPOINT_ID
         */
        EndpointId: string;
        /**
         * @description Knowledge source id.
         * @example SOURCE_ID
         */
        SourceId: string;
        /**
         * @description Agent id.
         * @example AGENT_ID
         */
        AgentId: string;
        /**
         * @description Listening profile id.
         * @example LISTENING_PROFILE_ID
         */
        ListeningProfileId: string;
        /**
         * @description Your application's stable user id (the canonical counterparty id).
         * @example user_123
         */
        UserId: string;
        /**
         * @description DSAR export id (`export_id` returned when the export was started).
         * @example EXPORT_ID
         */
        ExportId: string;
        /**
         * @description Dataset slug, as given when the dataset was created.
         * @example billing-faq
         */
        DatasetSlug: string;
        /**
         * @description Stable UUID of the event, reused across retries and crash-driven redelivery. Equal to the body's
         *     `event_id`. Deliveries are at-least-once: de-duplicate on this value.
         * @example 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f
         */
        WebhookEventIdHeader: string;
        /**
         * @description The event type, e.g. `post_call_transcription` or `dsar.ready`. The documented catalog is incomplete, so any string may arrive.
         * @example post_call_transcription
         */
        WebhookEventTypeHeader: string;
        /**
         * @description Attempt number of this delivery. Distinguishes retries; not part of the de-duplication key.
         * @example 1
         */
        WebhookDeliveryAttemptHeader: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCreateRequest"];
            };
        };
        responses: {
            /** @description The session was created. (The success status code is not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreated"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session. (The success status code is not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SessionEndRequest"];
            };
        };
        responses: {
            /** @description The session's current state. (The success status code is not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    sendChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Session id returned by `createSession` (`id`).
                 * @example SESSION_ID
                 */
                session_id: components["parameters"]["SessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMessageRequest"];
            };
        };
        responses: {
            /**
             * @description The assistant turn as an event stream: `turn_start`, then `token`, `tool_call`, `tool_result` and `guard`
             *     events, then `turn_end` (or `error`). (Status code and Content-Type are not written in the docs.)
             *     The documented stream on the wire:
             *
             *     ```
             *     event: turn_start
             *     data: {"turn_id":"...","model":"..."}
             *
             *     event: token
             *     data: {"text":"Hello"}
             *
             *     event: turn_end
             *     data: {"turn_id":"...","latency_ms":842,"prompt_tokens":120,"completion_tokens":56}
             *     ```
             *
             *     The examples below are those frames as the client yields them (one event each).
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string | components["schemas"]["ChatEvent"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's webhook endpoints. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedList"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointCreateRequest"];
            };
        };
        responses: {
            /** @description The endpoint, including its one-time signing secret. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of attempts to return. Default and maximum are not documented.
                 * @example 50
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Webhook endpoint id.
                 * @example ENDPOINT_ID
                 */
                endpoint_id: components["parameters"]["EndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent delivery attempts. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedList"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    uploadKnowledgeSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["KnowledgeSourceUploadRequest"];
            };
        };
        responses: {
            /** @description Accepted; the body is the new source row. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSource"];
                };
            };
            402: components["responses"]["QuotaExceeded"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    createInlineKnowledgeSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeSourceInlineRequest"];
            };
        };
        responses: {
            /** @description Accepted; the body is the new source row. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSource"];
                };
            };
            402: components["responses"]["QuotaExceeded"];
            "4XX": components["responses"]["ClientError"];
        };
    };
    getKnowledgeSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Knowledge source id.
                 * @example SOURCE_ID
                 */
                source_id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source row. (The success status code is not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnowledgeSource"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's phone numbers. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedList"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UndocumentedObject"];
            };
        };
        responses: {
            /** @description The added number. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleCreateRequest"];
            };
        };
        responses: {
            /** @description The schedule. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    setDefaultListeningProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Agent id.
                 * @example AGENT_ID
                 */
                agent_id: components["parameters"]["AgentId"];
                /**
                 * @description Listening profile id.
                 * @example LISTENING_PROFILE_ID
                 */
                id: components["parameters"]["ListeningProfileId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    listBillingPlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan catalog. (Status code and full shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPlans"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    getBillingEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entitlements. (Status code, value types and full shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingEntitlements"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createCheckoutSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutSessionRequest"];
            };
        };
        responses: {
            /** @description The checkout session. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    startDsarExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Your application's stable user id (the canonical counterparty id).
                 * @example user_123
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export was started. (Status code and full shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DsarExportStarted"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    getDsarExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description DSAR export id (`export_id` returned when the export was started).
                 * @example EXPORT_ID
                 */
                export_id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. (Status code and full shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DsarExport"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    downloadDsarExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description DSAR export id (`export_id` returned when the export was started).
                 * @example EXPORT_ID
                 */
                export_id: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed link. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /**
                 * @description Maximum number of entries to return. Default and maximum are not documented.
                 * @example 100
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedList"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetCreateRequest"];
            };
        };
        responses: {
            /** @description The dataset. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    addDatasetRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
                /**
                 * @description Dataset slug, as given when the dataset was created.
                 * @example billing-faq
                 */
                slug: components["parameters"]["DatasetSlug"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatasetRowsBulkRequest"];
            };
        };
        responses: {
            /** @description Rows added. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    createScorer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Workspace id. Each API key is bound to one workspace.
                 * @example WORKSPACE_ID
                 */
                ws: components["parameters"]["Workspace"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScorerCreateRequest"];
            };
        };
        responses: {
            /** @description The scorer. (Status code and body shape are not documented.) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UndocumentedObject"];
                };
            };
            "4XX": components["responses"]["ClientError"];
        };
    };
    receivePostCallTranscription: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Stable UUID of the event, reused across retries and crash-driven redelivery. Equal to the body's
                 *     `event_id`. Deliveries are at-least-once: de-duplicate on this value.
                 * @example 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f
                 */
                "X-Hyponema-Event-Id": components["parameters"]["WebhookEventIdHeader"];
                /**
                 * @description The event type, e.g. `post_call_transcription` or `dsar.ready`. The documented catalog is incomplete, so any string may arrive.
                 * @example post_call_transcription
                 */
                "X-Hyponema-Event-Type": components["parameters"]["WebhookEventTypeHeader"];
                /**
                 * @description Attempt number of this delivery. Distinguishes retries; not part of the de-duplication key.
                 * @example 1
                 */
                "X-Hyponema-Delivery-Attempt": components["parameters"]["WebhookDeliveryAttemptHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Accepted. Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no timely answer) makes Hyponema retry the delivery. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveEscalationTriggered: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Stable UUID of the event, reused across retries and crash-driven redelivery. Equal to the body's
                 *     `event_id`. Deliveries are at-least-once: de-duplicate on this value.
                 * @example 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f
                 */
                "X-Hyponema-Event-Id": components["parameters"]["WebhookEventIdHeader"];
                /**
                 * @description The event type, e.g. `post_call_transcription` or `dsar.ready`. The documented catalog is incomplete, so any string may arrive.
                 * @example post_call_transcription
                 */
                "X-Hyponema-Event-Type": components["parameters"]["WebhookEventTypeHeader"];
                /**
                 * @description Attempt number of this delivery. Distinguishes retries; not part of the de-duplication key.
                 * @example 1
                 */
                "X-Hyponema-Delivery-Attempt": components["parameters"]["WebhookDeliveryAttemptHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Accepted. Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no timely answer) makes Hyponema retry the delivery. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveDsarReady: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Stable UUID of the event, reused across retries and crash-driven redelivery. Equal to the body's
                 *     `event_id`. Deliveries are at-least-once: de-duplicate on this value.
                 * @example 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f
                 */
                "X-Hyponema-Event-Id": components["parameters"]["WebhookEventIdHeader"];
                /**
                 * @description The event type, e.g. `post_call_transcription` or `dsar.ready`. The documented catalog is incomplete, so any string may arrive.
                 * @example post_call_transcription
                 */
                "X-Hyponema-Event-Type": components["parameters"]["WebhookEventTypeHeader"];
                /**
                 * @description Attempt number of this delivery. Distinguishes retries; not part of the de-duplication key.
                 * @example 1
                 */
                "X-Hyponema-Delivery-Attempt": components["parameters"]["WebhookDeliveryAttemptHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Accepted. Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no timely answer) makes Hyponema retry the delivery. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    receiveFatigueAlert: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Stable UUID of the event, reused across retries and crash-driven redelivery. Equal to the body's
                 *     `event_id`. Deliveries are at-least-once: de-duplicate on this value.
                 * @example 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f
                 */
                "X-Hyponema-Event-Id": components["parameters"]["WebhookEventIdHeader"];
                /**
                 * @description The event type, e.g. `post_call_transcription` or `dsar.ready`. The documented catalog is incomplete, so any string may arrive.
                 * @example post_call_transcription
                 */
                "X-Hyponema-Event-Type": components["parameters"]["WebhookEventTypeHeader"];
                /**
                 * @description Attempt number of this delivery. Distinguishes retries; not part of the de-duplication key.
                 * @example 1
                 */
                "X-Hyponema-Delivery-Attempt": components["parameters"]["WebhookDeliveryAttemptHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookDelivery"];
            };
        };
        responses: {
            /** @description Accepted. Any 2xx acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any non-2xx (or no timely answer) makes Hyponema retry the delivery. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

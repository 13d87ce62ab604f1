/**
 * Generated from specs/hania/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

export interface paths {
    "/chat/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a chat message
         * @description Sends an end user's message to a bot and returns the reply as one JSON response. Starting a brand-new conversation returns the bot's configured greeting at once, without an LLM round-trip. Metered: a billing block returns 402.
         */
        post: operations["sendChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/send-stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a chat message and stream the reply
         * @description Same body and ability as `POST /chat/send`; the reply streams back as Server-Sent Events (`text/event-stream`). The vendor's event names, payloads, terminal/error events and keep-alives are not published, so each event is an open `{event, data, id?, retry?}` object. Metered: a billing block returns 402.
         */
        post: operations["streamChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bots
         * @description Returns all your bots; there is no pagination. Narrow the set with metadata filters, `?metadata.<key>=<value>` (e.g. `?metadata.team=support`): pass them as `metadataFilters: {"metadata.team": "support"}`.
         */
        get: operations["listBots"];
        put?: never;
        /**
         * Create a bot
         * @description Creates a bot and returns its id. Provide a `name` and either a `system_prompt` or a `prompt_builder` to assemble one from. Whether success is 200 or 201 is not published; 200 is assumed.
         */
        post: operations["createBot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bots/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a bot with AI
         * @description AI-generates a draft bot configuration from a short description (and optional sources). Streams Server-Sent Events by default; send `Accept: application/json` to get the draft as one JSON response instead. Does not persist anything: review the draft, then create the bot with `POST /bots`. Request fields, draft shape and event names are not published.
         */
        post: operations["discoverBot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bot */
        get: operations["getBot"];
        /**
         * Update a bot
         * @description Partial update: omit a field to leave it unchanged and send only what changes. The response carries only a `message`.
         */
        put: operations["updateBot"];
        post?: never;
        /**
         * Delete a bot (soft)
         * @description Soft delete: the bot's `status` becomes `inactive`. The response body is not published.
         */
        delete: operations["deleteBot"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bots/{id}/metadata": {
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
         * Set a bot's metadata
         * @description Sets the bot's metadata object (string values, at most 8 KB). Filter lists with `?metadata.<key>=<value>`. The response body is not published.
         */
        patch: operations["setBotMetadata"];
        trace?: never;
    };
    "/bots/{botID}/post-call-hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a bot's post-call hooks */
        get: operations["listPostCallHooks"];
        put?: never;
        /**
         * Create a post-call hook
         * @description Adds a tool to run after each call. A hook is unique per (bot, tool configuration); the status of a duplicate is not published.
         */
        post: operations["createPostCallHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bots/{botID}/post-call-hooks/{hookID}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a post-call hook
         * @description The body and response are not published; the body presumably takes the create fields.
         */
        put: operations["updatePostCallHook"];
        post?: never;
        /**
         * Delete a post-call hook
         * @description The response body is not published.
         */
        delete: operations["deletePostCallHook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agents/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger an agent run
         * @description Starts a detached, on-demand run of an agent bot (`bot_type=agent`) with its configured goal, prompt, tools and output settings. No request body. The run has started, not finished: read the outcome with `GET /conversations/{conversation_id}` and `GET /conversations/{conversation_id}/trace` (`channel=agent`). Triggering a chatbot is rejected; the status of that rejection is not published.
         */
        post: operations["triggerAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tools
         * @description Returns all tool configurations; there is no pagination and no documented filter.
         */
        get: operations["listTools"];
        put?: never;
        /**
         * Create a tool
         * @description Creates a workspace-level tool configuration and returns its id. `configuration` is validated against the type's schema from `GET /tools/catalog`; secret values go inside it and are never returned.
         */
        post: operations["createTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tool catalog
         * @description Available tool types, their configuration schemas and presets. The response shape is not published.
         */
        get: operations["getToolCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/bot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a bot's assigned tools
         * @description The tools assigned to one bot. The response shape is not published.
         */
        get: operations["listBotTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a bot's tool assignments
         * @description Replaces the bot's full set of tool assignments, so send the complete list. Our copy of the docs' example is truncated: the assignment schema and the response are not fully published.
         */
        post: operations["assignTools"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draft a tool with AI
         * @description Drafts a tool configuration from an API's documentation. Streams Server-Sent Events by default; send `Accept: application/json` to get the draft as one JSON response instead. Does not persist anything: review the draft, then create the tool with `POST /tools`. Request fields, draft shape and event names are not published.
         */
        post: operations["discoverTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a tool */
        get: operations["getTool"];
        /**
         * Update a tool
         * @description Send secret values inside `configuration`; omit a secret to keep the stored one, send a new value to rotate it. The response carries only a `message`.
         */
        put: operations["updateTool"];
        post?: never;
        /**
         * Delete a tool
         * @description Nothing further is published about this call or its response.
         */
        delete: operations["deleteTool"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tools/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test a tool
         * @description Runs the tool with sample parameters. The body and the result shape are not published.
         */
        post: operations["testTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List knowledge sources
         * @description Returns all knowledge sources; there is no pagination. The docs mention "metadata filters"; the bots' `?metadata.<key>=<value>` form is presumed.
         */
        get: operations["listKnowledge"];
        put?: never;
        /**
         * Add knowledge
         * @description JSON (`application/json`) adds text or a URL and returns the full knowledge object; multipart (`multipart/form-data`) uploads 1 to 5 files (at most 5 MB each; `.txt .pdf .docx .md .html .htm`) and returns per-file results. Poll `processing_status` until `completed`.
         */
        post: operations["createKnowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get knowledge statistics */
        get: operations["getKnowledgeStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a knowledge source
         * @description Active sources only (a soft-deleted source is presumably 404).
         */
        get: operations["getKnowledge"];
        put?: never;
        post?: never;
        /**
         * Delete a knowledge source
         * @description `type=soft` (the default) deactivates the source; `type=hard` also removes its embeddings permanently. The response body is not published.
         */
        delete: operations["deleteKnowledge"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List memories
         * @description One page of memories: `limit` only (default 50, max 100); there is no `offset`.
         */
        get: operations["listMemories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get memory statistics
         * @description Summarizes the memory store. The response shape is not published.
         */
        get: operations["getMemoryStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a memory */
        get: operations["getMemory"];
        /**
         * Update a memory
         * @description The response carries only a `message`.
         */
        put: operations["updateMemory"];
        post?: never;
        /**
         * Delete a memory
         * @description Permanent. The response body is not published.
         */
        delete: operations["deleteMemory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List conversations
         * @description Pages with `limit` (default 100, max 500) and `offset`, where `limit + offset` must not exceed 10000; page forward by adding `limit` to `offset`. The total is in the `X-Total-Count` header. The query is a strict allow-list: any other parameter returns 400 (so metadata filters are not accepted here).
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation
         * @description The conversation plus its `messages[]` in ascending order.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /**
         * Delete a conversation
         * @description Hard delete; cascades to the conversation's messages and trace. The response body is not published.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/conversations/{id}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a conversation's trace
         * @description The step-by-step execution trace, useful for debugging tool calls and model turns.
         */
        get: operations["getConversationTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a bot's widget keys
         * @description Widget keys are public and domain-restricted, so they are returned in full.
         */
        get: operations["listWidgetKeys"];
        put?: never;
        /**
         * Create a widget key
         * @description The response is presumably the key object (not stated).
         */
        post: operations["createWidgetKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/keys/{id}": {
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
         * Revoke a widget key
         * @description The response body is not published.
         */
        delete: operations["revokeWidgetKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/customization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a bot's widget customization */
        get: operations["getWidgetCustomization"];
        /**
         * Update a bot's widget customization
         * @description Saves the customization and returns the updated object; changes apply to the live widget.
         */
        put: operations["updateWidgetCustomization"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/embed-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a widget's embed code */
        get: operations["getWidgetEmbedCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voice/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List TTS voices
         * @description Only providers with a configured key are included.
         */
        get: operations["getVoiceCatalog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voice/numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List voice numbers
         * @description Returns all voice-number mappings; there is no pagination. The docs mention "metadata filters"; the bots' `?metadata.<key>=<value>` form is presumed.
         */
        get: operations["listVoiceNumbers"];
        put?: never;
        /**
         * Create a voice number
         * @description Routes inbound calls on `phone_number` to the bot and returns the mapping's id.
         */
        post: operations["createVoiceNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voice/numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a voice number */
        get: operations["getVoiceNumber"];
        /**
         * Update a voice number
         * @description `metadata` is keep-on-omit: omit it to keep the stored object, send `{}` to clear it. The response carries only a `message`.
         */
        put: operations["updateVoiceNumber"];
        post?: never;
        /**
         * Delete a voice number
         * @description Nothing further is published about this call or its response.
         */
        delete: operations["deleteVoiceNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/voice/numbers/{id}/metadata": {
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
         * Set a voice number's metadata
         * @description Sets the raw metadata object. The response body is not published.
         */
        patch: operations["setVoiceNumberMetadata"];
        trace?: never;
    };
    "/llm/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List LLM providers and models
         * @description The provider map, verbatim, keyed by provider name. Use a model's `id` as a bot's `model`.
         */
        get: operations["listLlmProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Place an outbound call
         * @description Places an outbound AI voice call. Caller ID and routing come from the bot's outbound voice-number configuration. Read the outcome with `GET /conversations?channel=voice` (there is no GET for calls). Whether success is 200, 201 or 202 is not published; 200 is assumed.
         */
        post: operations["createCall"];
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
        /**
         * @description Channel a chat message is sent on (this set is narrower than a conversation's `channel`).
         * @enum {string}
         */
        ChatChannel: "api" | "sms" | "whatsapp";
        /** @description A message from one of your end users to a bot. `/chat/send-stream` takes the identical body. */
        ChatSendRequest: {
            /** @description Target bot. A UUID. */
            bot_id: string;
            /** @description The end user's message. */
            message: string;
            /** @description Your own end-user id. */
            external_user_id?: string;
            /** @description Continue this thread. If omitted, the server resolves or starts one. A UUID. */
            conversation_id?: string;
            /**
             * @description Start a fresh thread. A brand-new conversation returns the bot's configured greeting at once.
             * @default false
             */
            new_conversation?: boolean;
            /**
             * @description Run the bot in agent mode.
             * @default false
             */
            agent_mode?: boolean;
            channel?: components["schemas"]["ChatChannel"];
        };
        /** @description The bot's reply. */
        ChatSendResult: {
            /** @description Reply text. */
            response?: string;
            /** @description Persist it and send it back to continue the thread. A UUID. */
            conversation_id?: string;
            /** Format: date-time */
            timestamp?: string;
        };
        /** @description Optional human-readable note. Often absent (LLM, Agents), sometimes an empty string (Chat); on update endpoints it is the only meaningful field. */
        EnvelopeMessage: string;
        /** @description Error envelope. Every error carries `success: false` and an `error` string; only coded errors (such as 402 billing blocks) add a machine-readable `code`. */
        Error: {
            /** @description Always `false` on an error. */
            success: boolean;
            /** @description Human-readable error text, e.g. `Missing ability: bots:write`. */
            error: string;
            /** @description Machine-readable code, present only on coded errors. */
            code?: string;
        };
        /**
         * @description Why a metered endpoint refused the request:
         *     - `SERVICE_SUSPENDED`: the subscription is past due and service is paused.
         *     - `PLAN_LIMIT_REACHED`: the plan's included allowance for the cycle is used up.
         *     - `INSUFFICIENT_BALANCE`: the prepaid balance is exhausted.
         * @enum {string}
         */
        BillingErrorCode: "SERVICE_SUSPENDED" | "PLAN_LIMIT_REACHED" | "INSUFFICIENT_BALANCE";
        /** @description Error envelope of a 402 billing block; `code` says which block applies. */
        PaymentRequiredError: components["schemas"]["Error"] & {
            code: components["schemas"]["BillingErrorCode"];
        };
        /** @description One Server-Sent Event of a streamed chat reply, as the client yields it (`data` already parsed). The vendor's event names, payloads, terminal/error events and keep-alives are not published, so the event stays open. */
        ChatStreamEvent: {
            /** @description SSE event name (values not published). */
            event?: string;
            /** @description Parsed event payload (shape not published). */
            data?: unknown;
            id?: string;
            retry?: number;
        };
        /** @description Metadata filters. Each property name is the full query-parameter name `metadata.<key>` and its value is the string to match, e.g. `{"metadata.team": "support"}` is sent as `?metadata.team=support` (form style, exploded, so the object's own name never appears on the wire). */
        MetadataFilters: {
            [key: string]: string;
        };
        /**
         * @description A bot's state. Deleting a bot sets it to `inactive` (soft delete).
         * @enum {string}
         */
        BotStatus: "active" | "inactive";
        /**
         * @description `chatbot` answers messages; `agent` runs goals on a schedule or on demand.
         * @enum {string}
         */
        BotType: "chatbot" | "agent";
        /** @description Your own key/value data on a bot. Values are strings and the whole object must be at most 8 KB. Lists can be filtered with `?metadata.<key>=<value>`. */
        BotMetadata: {
            [key: string]: string;
        };
        /** @description A bot as `GET /bots/{id}` returns it. The vendor does not publish which fields are always present or which can be null, so none is required and the optional ones accept null. Flat create fields such as `model` or `temperature` are not listed on this object; they presumably live inside the JSON-encoded `settings`. */
        Bot: {
            /** @description A UUID. */
            id?: string;
            /** @description A UUID. */
            tenant_id?: string;
            name?: string;
            description?: string | null;
            /** @description The assembled instructions. */
            system_prompt?: string | null;
            /** @description JSON-encoded string; parse it client-side. */
            prompt_builder?: string | null;
            /** @description JSON-encoded string; parse it client-side. */
            settings?: string | null;
            status?: components["schemas"]["BotStatus"];
            bot_type?: components["schemas"]["BotType"];
            /** @description Agent scheduling. */
            schedule?: string | null;
            /** @description Agent scheduling. */
            next_run_at?: string | null;
            /** @description Agent scheduling. */
            last_run_at?: string | null;
            /** @description Agent-mode control (the docs give its type only as "mixed"). */
            agent_goal?: unknown;
            /** @description Agent-mode control saying where the result goes, e.g. email or a webhook tool (type not published). */
            output_config?: unknown;
            /** @description Agent-mode control (type not published; presumably an integer). */
            max_iterations?: unknown;
            /** @description Agent-mode control (type not published; presumably an integer). */
            timeout_seconds?: unknown;
            metadata?: components["schemas"]["BotMetadata"] | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description Bot fields accepted on create and update ("common fields"; the vendor says the list is not exhaustive). Defaults are not published. On update, omit a field to leave it unchanged. */
        BotInput: {
            name?: string;
            description?: string;
            /** @description The bot's instructions. Required on create unless `prompt_builder` is given. */
            system_prompt?: string;
            /** @description Inputs the server assembles a system prompt from; an alternative to `system_prompt`. Whether it is sent as an object or a JSON-encoded string is not published (GET returns it as a string). */
            prompt_builder?: unknown;
            /** @description LLM model id (see `GET /llm/providers`). */
            model?: string;
            /** @description Sampling temperature. */
            temperature?: number;
            /** @description Opener for chat conversations. */
            chat_greeting?: string;
            /**
             * @description Voice output provider.
             * @enum {string}
             */
            tts_provider?: "cartesia" | "deepgram";
            /** @description Voice id (see `GET /voice/catalog`). */
            tts_voice?: string;
            /** @description First thing a caller hears. */
            voice_greeting?: string;
            /** @description The agent may hang up. */
            end_call_enabled?: boolean;
            /** @description The agent may transfer the call to a human or another line. */
            call_transfer_enabled?: boolean;
            /** @description Where transfers go. */
            call_transfer_number?: string;
            outbound_calls_enabled?: boolean;
            /** @description Hard cap on call length. */
            max_call_seconds?: number;
            bot_type?: components["schemas"]["BotType"];
            status?: components["schemas"]["BotStatus"];
            metadata?: components["schemas"]["BotMetadata"];
            /** @description Agent-mode goal (settable via the API per the scheduled-agents guide; type not published). */
            agent_goal?: unknown;
            /** @description Agent schedule. */
            schedule?: string;
            /** @description Agent-mode control (type not published). */
            max_iterations?: unknown;
            /** @description Agent-mode control (type not published). */
            timeout_seconds?: unknown;
            /** @description Where an agent's result goes, e.g. email or a webhook tool (type not published). */
            output_config?: unknown;
        };
        /** @description A new bot. `name` is required, and so is `system_prompt` unless a `prompt_builder` is supplied for the server to assemble one from. That either/or rule is stated here rather than as an `anyOf`, which would erase the generated client type. */
        BotCreateRequest: WithRequired<components["schemas"]["BotInput"], "name">;
        /** @description What a create endpoint returns inside `data`, the new resource's id. */
        CreatedResource: {
            /** @description Id of the created resource. A UUID. */
            id?: string;
        };
        /** @description A short description of the bot you want, plus optional sources. The field names are not published. */
        BotDiscoverRequest: {
            [key: string]: unknown;
        };
        /** @description One Server-Sent Event of an AI draft stream, as the client yields it (`data` already parsed). Event names and payloads are not published. */
        DiscoverStreamEvent: {
            /** @description SSE event name (values not published). */
            event?: string;
            /** @description Parsed event payload (shape not published). */
            data?: unknown;
            id?: string;
            retry?: number;
        };
        /** @description An AI-drafted bot configuration (not saved). Review it, then create the bot with `POST /bots`. Its shape is not published. */
        BotDraft: {
            [key: string]: unknown;
        };
        /** @description The vendor has not published this payload. Any JSON value is accepted; do not rely on its shape. */
        UndocumentedData: unknown;
        /** @description A tool that runs after a call ends. Unique per (bot, tool configuration). */
        PostCallHook: {
            /** @description A UUID. */
            id?: string;
            /** @description A UUID. */
            bot_id?: string;
            /** @description A UUID. */
            tool_configuration_id?: string;
            tool_type?: string;
            tool_name?: string;
            /** @description Hooks run in ascending order. */
            run_order?: number;
            enabled?: boolean;
            /** @description Maps call data into the tool's inputs. */
            params_template?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description A new post-call hook. A hook is unique per (bot, tool configuration). */
        PostCallHookCreateRequest: {
            /** @description The tool configuration to run. A UUID. */
            tool_configuration_id: string;
            /** @description Position among the bot's hooks (ascending). Default not published. */
            run_order?: number;
            /** @default true */
            enabled?: boolean;
            /** @description Maps call data into the tool's inputs. */
            params_template?: {
                [key: string]: unknown;
            };
        };
        /** @description Changes to a post-call hook. The body is not published; presumably the optional create fields. */
        PostCallHookUpdateRequest: {
            run_order?: number;
            enabled?: boolean;
            params_template?: {
                [key: string]: unknown;
            };
        };
        /** @description A started (not finished) agent run. Read its outcome as a conversation with `channel=agent`. */
        AgentRun: {
            /** @description Use with `GET /conversations/{id}` and `GET /conversations/{id}/trace`. A UUID. */
            conversation_id?: string;
            /** @description `accepted`: the run has started. */
            status?: string;
        };
        /** @description Your own key/value data. The vendor does not restrict its values for this resource. */
        Metadata: {
            [key: string]: unknown;
        };
        /** @description A workspace-level tool configuration (assignable to many bots). `configuration` comes back decrypted but with secrets removed; `secrets_set` names the fields that have a stored secret. */
        Tool: {
            /** @description A UUID. */
            id?: string;
            /** @description A UUID. */
            tenant_id?: string;
            /** @description Tool type, e.g. `http_request`, `brave`, `tavily`, `duckduckgo`. `GET /tools/catalog` is the authoritative list, so this is not a closed enum. */
            tool_type?: string;
            name?: string;
            description?: string | null;
            preset_id?: string | null;
            is_default?: boolean;
            is_active?: boolean;
            created_by?: string | null;
            metadata?: components["schemas"]["Metadata"] | null;
            /** @description The type's configuration, secrets removed. */
            configuration?: {
                [key: string]: unknown;
            };
            /** @description Names of configuration fields that have a stored (write-only) secret. */
            secrets_set?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description A new tool configuration. `configuration` is validated against the type's schema (see `GET /tools/catalog`); put secret values inside it: they are stored write-only and never returned. */
        ToolCreateRequest: {
            /** @description A type from `GET /tools/catalog`. */
            tool_type: string;
            name: string;
            description: string;
            /** @description Configuration for the type, including any secret values. */
            configuration: {
                [key: string]: unknown;
            };
            preset_id?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One tool assigned to a bot. The docs' example is cut off after `speak_after_ex…`, so the list of fields is incomplete: a per-assignment error-handling option (`passthrough` or `hide`) exists but its field name is not published. Which fields are required is not published. */
        ToolAssignment: {
            tool_type?: string;
            /** @description A UUID. */
            tool_configuration_id?: string;
            /** @description When and how the bot should use the tool. */
            tool_instructions?: string;
            speak_during_execution?: boolean;
            /** @description Name completed from a truncated doc example (`speak_after_ex…`). */
            speak_after_execution?: boolean;
        };
        /** @description A bot's complete set of tool assignments. It replaces the current set, so send the full list. */
        ToolAssignRequest: {
            /** @description A UUID. */
            bot_id?: string;
            assignments?: components["schemas"]["ToolAssignment"][];
        };
        /** @description The API documentation to draft a tool configuration from. The field names are not published. */
        ToolDiscoverRequest: {
            [key: string]: unknown;
        };
        /** @description An AI-drafted tool configuration (not saved). Its shape is not published. */
        ToolDraft: {
            [key: string]: unknown;
        };
        /** @description Changes to a tool. Only one rule is published: send secret values inside `configuration`; omit a secret to keep the stored one, send a new value to rotate it. */
        ToolUpdateRequest: {
            configuration?: {
                [key: string]: unknown;
            };
        };
        /** @description Sample parameters to run the tool with. The body is not published. */
        ToolTestRequest: {
            [key: string]: unknown;
        };
        /** @enum {string} */
        KnowledgeContentType: "text" | "uploaded_file" | "url";
        /** @description A knowledge source. Poll `processing_status` until `completed`. */
        Knowledge: {
            /** @description A UUID. */
            id?: string;
            /** @description A UUID. */
            tenant_id?: string;
            bot_id?: string | null;
            title?: string | null;
            content?: string | null;
            content_type?: components["schemas"]["KnowledgeContentType"];
            source_filename?: string | null;
            source_url?: string | null;
            metadata?: components["schemas"]["Metadata"] | null;
            /** @enum {string} */
            processing_status?: "pending" | "processing" | "completed" | "failed";
            /** @enum {string} */
            status?: "active" | "inactive";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description Add text as a knowledge source. */
        KnowledgeTextSource: {
            /** @enum {string} */
            content_type: "text";
            title: string;
            content: string;
            /** @description A UUID. */
            bot_id?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description Add a web page as a knowledge source. */
        KnowledgeUrlSource: {
            /** @enum {string} */
            content_type: "url";
            url: string;
            title?: string;
            /** @description A UUID. */
            bot_id?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description JSON variant of `POST /knowledge`: text (needs `title` and `content`) or a URL (needs `url`). Files go through the multipart variant. */
        KnowledgeCreateRequest: components["schemas"]["KnowledgeTextSource"] | components["schemas"]["KnowledgeUrlSource"];
        /** @description Multipart variant of `POST /knowledge`: 1 to 5 files of at most 5 MB each (`.txt .pdf .docx .md .html .htm`). */
        KnowledgeUploadRequest: {
            /** @description The files, one `file` part each. The docs say "file parts" without spelling the part name; `file` is presumed. */
            file: string[];
            title?: string;
            /** @description A UUID. */
            bot_id?: string;
            /** @description Metadata for the created sources (encoding in a form field not published). */
            metadata?: unknown;
        };
        /** @description Per-file results of a multipart upload. */
        KnowledgeUploadResult: {
            created?: {
                /** @description A UUID. */
                id?: string;
                filename?: string;
                title?: string;
            }[];
            errors?: {
                filename?: string;
                reason?: string;
            }[];
        };
        /** @description Counts of knowledge sources. Our copy of the docs is cut off inside `by_status`, so `completed` and `failed` are presumed from `processing_status`; the objects stay open. */
        KnowledgeStats: {
            total_knowledge_bases?: number;
            by_type?: {
                text?: number;
                uploaded_file?: number;
                url?: number;
            };
            by_status?: {
                pending?: number;
                processing?: number;
                completed?: number;
                failed?: number;
            };
        };
        /** @description Something an agent remembered about a customer. The docs list "selected fields", so the object is not exhaustive. Embedding and full-text vectors are never returned. Memories are formed by agents; there is no create endpoint. */
        Memory: {
            /** @description A UUID. */
            id?: string;
            customer_id?: string | null;
            /** @description A UUID. */
            tenant_id?: string;
            /** @enum {string} */
            memory_scope?: "temporary" | "permanent";
            /** @enum {string} */
            memory_category?: "semantic" | "episodic";
            memory_type?: string;
            category?: string | null;
            content?: string;
            event_timestamp?: string | null;
            confidence_score?: number;
            quality_score?: number | null;
            source_conversation_id?: string | null;
            verified?: boolean;
            last_accessed_at?: string | null;
            access_count?: number;
            expires_at?: string | null;
            /** @description Entities in the memory (type not published). */
            entities?: unknown;
            /** @enum {string} */
            memory_tier?: "working" | "short_term" | "long_term" | "archival";
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description Changes to a memory. Send only what changes. */
        MemoryUpdateRequest: {
            content?: string;
            confidence_score?: number;
            verified?: boolean;
        };
        /** @description A conversation as the list returns it. Calls appear with `channel=voice`, agent runs with `channel=agent`. */
        ConversationSummary: {
            /** @description A UUID. */
            id?: string;
            /** @description A UUID. */
            bot_id?: string;
            bot_name?: string | null;
            /**
             * @description Where the conversation happened. Documented values: `web`, `sms`, `whatsapp`, `api`, `agent`, `voice`, `post_call`; left open because console-only messaging channels may add more.
             * @example voice
             */
            channel?: string;
            customer_id?: string | null;
            external_call_id?: string | null;
            external_linked_id?: string | null;
            message_count?: number;
            /** Format: date-time */
            started_at?: string | null;
            /** Format: date-time */
            ended_at?: string | null;
            /** Format: date-time */
            last_message_at?: string | null;
            /** @description At most 100 characters. */
            last_message_preview?: string | null;
            has_trace?: boolean;
            /** @description Post-call analysis results (shape not published). */
            post_call_analysis?: unknown;
            source_conversation_id?: string | null;
        };
        ConversationMessage: {
            id?: string;
            /** @description Who wrote the message (values not published). */
            role?: string;
            content?: string | null;
            /** @description A JSON-encoded string (not an object). */
            metadata?: string | null;
            /** Format: date-time */
            created_at?: string;
        };
        /** @description A conversation plus its messages in ascending order. That it also carries the list item's fields is presumed (the docs say "the conversation plus its messages[]"). */
        Conversation: components["schemas"]["ConversationSummary"] & {
            messages?: components["schemas"]["ConversationMessage"][];
        };
        /** @description One execution step. Our copy of the docs is cut off after `prompt_tokens, co…` (presumably `completion_tokens` and possibly more), so the step stays open. */
        TraceStep: {
            id?: string;
            step_number?: number;
            action_type?: string;
            action_name?: string | null;
            result_summary?: string | null;
            items_count?: number | null;
            /** Format: date-time */
            started_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            duration_ms?: number | null;
            error_message?: string | null;
            /** @description When the step called a model. */
            model?: string | null;
            /** @description When the step called a model. */
            prompt_tokens?: number | null;
        };
        /** @description The execution trace. Whether `data` is a bare array of steps or an object wrapping them is not published, so both are accepted. */
        ConversationTrace: components["schemas"]["TraceStep"][] | {
            [key: string]: unknown;
        };
        /** @description A public, domain-restricted widget key for browser embeds (prefix `hania_`, no `sk_`). It is returned in full on purpose and is not an API credential. */
        WidgetKey: {
            /** @description Pass it as `api_key_id` to `GET /widgets/embed-code`. A UUID. */
            id?: string;
            /** @description A UUID. */
            bot_id?: string;
            /** @description The full public key (prefix `hania_`). */
            api_key?: string;
            name?: string;
            allowed_domains?: string[];
            /** @default 1000 */
            rate_limit_per_hour?: number;
            is_active?: boolean;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            last_used_at?: string | null;
        };
        /** @description A new widget key. Which fields are required is not published. */
        WidgetKeyCreateRequest: {
            /** @description A UUID. */
            bot_id?: string;
            name?: string;
            allowed_domains?: string[];
            /** @default 1000 */
            rate_limit_per_hour?: number;
        };
        /** @description A bot's widget look and copy. Value sets for `position` and `theme_color` are not published. */
        WidgetCustomization: {
            /** @description A UUID. */
            readonly id?: string;
            /** @description A UUID. */
            bot_id?: string;
            theme_color?: string;
            position?: string;
            greeting_text?: string | null;
            welcome_message?: string | null;
            avatar_url?: string | null;
            show_branding?: boolean;
            widget_title?: string | null;
            placeholder_text?: string | null;
            /** Format: date-time */
            readonly created_at?: string;
            /** Format: date-time */
            readonly updated_at?: string;
        };
        /** @description The bot's new widget look and copy; changes apply to the live widget. `bot_id` names the bot (the path has no id). Which fields are required is not published. */
        WidgetCustomizationUpdateRequest: {
            /** @description A UUID. */
            bot_id?: string;
            theme_color?: string;
            position?: string;
            greeting_text?: string;
            welcome_message?: string;
            avatar_url?: string;
            show_branding?: boolean;
            widget_title?: string;
            placeholder_text?: string;
        };
        EmbedCode: {
            /** @description HTML snippet to paste into your site. */
            embed_code?: string;
            /** @description The public widget key the snippet uses. */
            api_key?: string;
        };
        Voice: {
            /** @description Use it as a bot's or voice number's `tts_voice`. */
            id?: string;
            name?: string;
            language?: string;
            gender?: string;
        };
        /** @description TTS voices. Only providers with a configured key are included. */
        VoiceCatalog: {
            voices?: components["schemas"]["Voice"][];
        };
        /** @description A voice-number mapping: inbound calls on `phone_number` are routed to the bot. `greeting` and `tts_voice` override the bot's settings for this number. */
        VoiceNumber: {
            /** @description A UUID. */
            id?: string;
            /** @description E.164 number. */
            phone_number?: string;
            /** @description A UUID. */
            bot_id?: string;
            bot_name?: string | null;
            /** @description A UUID. */
            tenant_id?: string;
            greeting?: string | null;
            tts_voice?: string | null;
            metadata?: components["schemas"]["Metadata"] | null;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        /** @description A new voice-number mapping. */
        VoiceNumberCreateRequest: {
            /** @description E.164 number. */
            phone_number: string;
            /** @description A UUID. */
            bot_id: string;
            /** @description Overrides the bot's voice greeting on this number. */
            greeting?: string;
            /** @description Overrides the bot's TTS voice on this number. */
            tts_voice?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description Changes to a voice-number mapping. `metadata` is keep-on-omit: omit it to keep the stored object, send `{}` to clear it. The other updatable fields are presumed to be the create fields. */
        VoiceNumberUpdateRequest: {
            phone_number?: string;
            /** @description A UUID. */
            bot_id?: string;
            greeting?: string;
            tts_voice?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        LlmModel: {
            /** @description Use it as a bot's `model`. */
            id?: string;
            name?: string;
        };
        /** @description One provider. Every field is optional (the docs show some providers as `{}`). */
        LlmProvider: {
            url?: string;
            help?: string;
            models?: components["schemas"]["LlmModel"][];
            /** @description Embedding models, where applicable (camelCase in the vendor's payload). */
            embeddingModels?: components["schemas"]["LlmModel"][];
        };
        /** @description The provider map, verbatim, keyed by provider name (e.g. `openai`, `anthropic`, `hania`). */
        LlmProviders: {
            [key: string]: components["schemas"]["LlmProvider"];
        };
        /** @description An outbound call. Caller ID and routing come from the bot's outbound voice-number configuration; v1 has no greeting, voice or variable overrides. */
        CallCreateRequest: {
            /** @description A UUID. */
            bot_id: string;
            /** @description The number to dial (E.164). */
            to_number: string;
        };
        /** @description The placed call. There is no GET for calls: read outcomes via `GET /conversations?channel=voice`. */
        CallCreateResult: {
            call_id?: string;
        };
    };
    responses: {
        /** @description Authentication failed: the key is missing, invalid, revoked or expired. Deliberately generic: it does not say which check failed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Billing block on a metered endpoint. `code` is `SERVICE_SUSPENDED`, `PLAN_LIMIT_REACHED` or `INSUFFICIENT_BALANCE`. */
        PaymentRequired: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PaymentRequiredError"];
            };
        };
        /** @description The key lacks the ability this endpoint needs (see the operation's `x-abilities`). The error reads `Missing ability: <name>`. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Resource not found. */
        NotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Not found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Method not allowed on this path. */
        MethodNotAllowed: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Method not allowed"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Rate limit exceeded (hourly, fixed window). Wait `Retry-After` seconds, then retry. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Rate limit exceeded"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Server error. Safe to retry with backoff. */
        ServerError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Bad request (e.g. an unknown query parameter or an invalid field). The vendor publishes no generic validation-error body or codes. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Unknown query parameter: sort"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Voice transport is disabled, so the call cannot be placed. */
        ServiceUnavailable: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Voice transport is disabled"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Filter by metadata with `?metadata.<key>=<value>` (e.g. `?metadata.team=support`). OpenAPI cannot name a dotted wildcard parameter, so the filters are one form-style, exploded object whose property names are the full parameter names (`metadata.<key>`); its own name never appears on the wire.
         * @example {
         *       "metadata.team": "support"
         *     }
         */
        MetadataFilters: components["schemas"]["MetadataFilters"];
        /**
         * @description The resource's id.
         * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
         */
        Id: string;
        /**
         * @description The bot's id (the post-call-hook paths name it `botID`).
         * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
         */
        BotIdPath: string;
        /**
         * @description The post-call hook's id.
         * @example 4d5e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f
         */
        HookIdPath: string;
        /**
         * @description The bot whose items to return.
         * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
         */
        BotIdQuery: string;
    };
    requestBodies: never;
    headers: {
        /** @description Requests allowed per hour for this key (fixed window). */
        RateLimitLimit: number;
        /** @description Requests left in the current window. */
        RateLimitRemaining: number;
        /** @description Requests used in the current window. */
        RateLimitUsed: number;
        /** @description When the window resets, as Unix epoch seconds. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description Total number of conversations matching the filters (ignores limit and offset). */
        TotalCount: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sendChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSendRequest"];
            };
        };
        responses: {
            /** @description The bot's reply. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["ChatSendResult"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    streamChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatSendRequest"];
            };
        };
        responses: {
            /** @description The reply, as a stream of Server-Sent Events. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example : events not documented by the vendor */
                    "text/event-stream": string | components["schemas"]["ChatStreamEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listBots: {
        parameters: {
            query?: {
                /**
                 * @description Filter by metadata with `?metadata.<key>=<value>` (e.g. `?metadata.team=support`). OpenAPI cannot name a dotted wildcard parameter, so the filters are one form-style, exploded object whose property names are the full parameter names (`metadata.<key>`); its own name never appears on the wire.
                 * @example {
                 *       "metadata.team": "support"
                 *     }
                 */
                metadataFilters?: components["parameters"]["MetadataFilters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your bots. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *           "name": "Support bot",
                     *           "description": "Answers billing questions for Acme customers.",
                     *           "system_prompt": "You are Acme's billing assistant. Be brief and friendly.",
                     *           "prompt_builder": "{}",
                     *           "settings": "{}",
                     *           "status": "active",
                     *           "bot_type": "chatbot",
                     *           "schedule": null,
                     *           "next_run_at": null,
                     *           "last_run_at": null,
                     *           "metadata": {
                     *             "team": "support"
                     *           },
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Bot"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createBot: {
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
                 *       "name": "Support bot",
                 *       "system_prompt": "You are Acme's billing assistant. Be brief and friendly.",
                 *       "model": "gpt-4o",
                 *       "temperature": 0.3,
                 *       "chat_greeting": "Hi! How can I help with your bill?",
                 *       "bot_type": "chatbot",
                 *       "status": "active",
                 *       "metadata": {
                 *         "team": "support"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BotCreateRequest"];
            };
        };
        responses: {
            /** @description The new bot's id. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["CreatedResource"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    discoverBot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A short description and optional sources (field names not published, so no example fields are shown). */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["BotDiscoverRequest"];
            };
        };
        responses: {
            /** @description The draft: an SSE stream by default, or JSON with `Accept: application/json`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example : events not documented by the vendor */
                    "text/event-stream": string | components["schemas"]["DiscoverStreamEvent"];
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {}
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["BotDraft"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *         "name": "Support bot",
                     *         "description": "Answers billing questions for Acme customers.",
                     *         "system_prompt": "You are Acme's billing assistant. Be brief and friendly.",
                     *         "prompt_builder": "{}",
                     *         "settings": "{}",
                     *         "status": "active",
                     *         "bot_type": "chatbot",
                     *         "schedule": null,
                     *         "next_run_at": null,
                     *         "last_run_at": null,
                     *         "metadata": {
                     *           "team": "support"
                     *         },
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Bot"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "temperature": 0.2,
                 *       "chat_greeting": "Hello! Questions about your bill?"
                 *     }
                 */
                "application/json": components["schemas"]["BotInput"];
            };
        };
        responses: {
            /** @description Updated; only `message` is meaningful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Bot updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteBot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deactivated (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Bot deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    setBotMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "team": "support",
                 *       "crm_id": "acct_5521"
                 *     }
                 */
                "application/json": components["schemas"]["BotMetadata"];
            };
        };
        responses: {
            /** @description Metadata set (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Metadata updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listPostCallHooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The bot's id (the post-call-hook paths name it `botID`).
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                botID: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's hooks. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "4d5e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                     *           "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "tool_configuration_id": "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                     *           "tool_type": "http_request",
                     *           "tool_name": "CRM update",
                     *           "run_order": 1,
                     *           "enabled": true,
                     *           "params_template": {},
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["PostCallHook"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createPostCallHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The bot's id (the post-call-hook paths name it `botID`).
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                botID: components["parameters"]["BotIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tool_configuration_id": "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                 *       "run_order": 1,
                 *       "enabled": true,
                 *       "params_template": {}
                 *     }
                 */
                "application/json": components["schemas"]["PostCallHookCreateRequest"];
            };
        };
        responses: {
            /** @description The new hook's id. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "4d5e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["CreatedResource"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updatePostCallHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The bot's id (the post-call-hook paths name it `botID`).
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                botID: components["parameters"]["BotIdPath"];
                /**
                 * @description The post-call hook's id.
                 * @example 4d5e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                hookID: components["parameters"]["HookIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": components["schemas"]["PostCallHookUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Hook updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deletePostCallHook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The bot's id (the post-call-hook paths name it `botID`).
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                botID: components["parameters"]["BotIdPath"];
                /**
                 * @description The post-call hook's id.
                 * @example 4d5e6f70-1a2b-4c3d-8e9f-0a1b2c3d4e5f
                 */
                hookID: components["parameters"]["HookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Hook deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    triggerAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the run has started. */
            202: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["AgentRun"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listTools: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your tools. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                     *           "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *           "tool_type": "http_request",
                     *           "name": "Order lookup",
                     *           "description": "Looks up an order by its number.",
                     *           "preset_id": null,
                     *           "is_default": false,
                     *           "is_active": true,
                     *           "created_by": null,
                     *           "metadata": {},
                     *           "configuration": {},
                     *           "secrets_set": [],
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Tool"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createTool: {
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
                 *       "tool_type": "http_request",
                 *       "name": "Order lookup",
                 *       "description": "Looks up an order by its number.",
                 *       "configuration": {}
                 *     }
                 */
                "application/json": components["schemas"]["ToolCreateRequest"];
            };
        };
        responses: {
            /** @description The new tool's id. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["CreatedResource"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getToolCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog (shape not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {}
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listBotTools: {
        parameters: {
            query: {
                /**
                 * @description The bot whose items to return.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                bot_id: components["parameters"]["BotIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's tools (shape not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": []
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    assignTools: {
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
                 *       "bot_id": "b1f2c3d4-…",
                 *       "assignments": [
                 *         {
                 *           "tool_type": "http_request",
                 *           "tool_configuration_id": "t0a1b2c3-…",
                 *           "tool_instructions": "Use this to look up an order.",
                 *           "speak_during_execution": true
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ToolAssignRequest"];
            };
        };
        responses: {
            /** @description Assignments replaced (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Tools assigned"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    discoverTool: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The API documentation to draft from (field names not published, so no example fields are shown). */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ToolDiscoverRequest"];
            };
        };
        responses: {
            /** @description The draft: an SSE stream by default, or JSON with `Accept: application/json`. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /** @example : events not documented by the vendor */
                    "text/event-stream": string | components["schemas"]["DiscoverStreamEvent"];
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {}
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["ToolDraft"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tool, secrets removed. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "t0a1b2c3-4d5e-4f60-8a7b-9c0d1e2f3a4b",
                     *         "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *         "tool_type": "http_request",
                     *         "name": "Order lookup",
                     *         "description": "Looks up an order by its number.",
                     *         "preset_id": null,
                     *         "is_default": false,
                     *         "is_active": true,
                     *         "created_by": null,
                     *         "metadata": {},
                     *         "configuration": {},
                     *         "secrets_set": [],
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Tool"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "configuration": {}
                 *     }
                 */
                "application/json": components["schemas"]["ToolUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated; only `message` is meaningful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Tool updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Tool deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    testTool: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        /** @description Sample parameters (shape not published, so no example fields are shown). */
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["ToolTestRequest"];
            };
        };
        responses: {
            /** @description The test result (shape not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {}
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listKnowledge: {
        parameters: {
            query?: {
                /**
                 * @description Filter by metadata with `?metadata.<key>=<value>` (e.g. `?metadata.team=support`). OpenAPI cannot name a dotted wildcard parameter, so the filters are one form-style, exploded object whose property names are the full parameter names (`metadata.<key>`); its own name never appears on the wire.
                 * @example {
                 *       "metadata.team": "support"
                 *     }
                 */
                metadataFilters?: components["parameters"]["MetadataFilters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your knowledge sources. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "k1a2b3c4-5d6e-4f70-8192-a3b4c5d6e7f8",
                     *           "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *           "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "title": "Help center",
                     *           "content": null,
                     *           "content_type": "url",
                     *           "source_filename": null,
                     *           "source_url": "https://help.example.com",
                     *           "metadata": {},
                     *           "processing_status": "completed",
                     *           "status": "active",
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Knowledge"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createKnowledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KnowledgeCreateRequest"];
                "multipart/form-data": components["schemas"]["KnowledgeUploadRequest"];
            };
        };
        responses: {
            /** @description The knowledge object (JSON variant) or per-file results (multipart variant). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Knowledge"] | components["schemas"]["KnowledgeUploadResult"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getKnowledgeStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts by type and processing status. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "total_knowledge_bases": 12,
                     *         "by_type": {
                     *           "text": 3,
                     *           "uploaded_file": 5,
                     *           "url": 4
                     *         },
                     *         "by_status": {
                     *           "pending": 1,
                     *           "processing": 1,
                     *           "completed": 9,
                     *           "failed": 1
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["KnowledgeStats"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getKnowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The knowledge source. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "k1a2b3c4-5d6e-4f70-8192-a3b4c5d6e7f8",
                     *         "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "title": "Help center",
                     *         "content": null,
                     *         "content_type": "url",
                     *         "source_filename": null,
                     *         "source_url": "https://help.example.com",
                     *         "metadata": {},
                     *         "processing_status": "completed",
                     *         "status": "active",
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Knowledge"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteKnowledge: {
        parameters: {
            query?: {
                /** @description `soft` (default) or `hard` (also deletes embeddings permanently). */
                type?: "hard" | "soft";
            };
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Knowledge deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listMemories: {
        parameters: {
            query?: {
                /** @description How many memories to return (default 50, max 100). */
                limit?: number;
                memory_type?: string;
                category?: string;
                verified?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Memories. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "m1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *           "customer_id": "cust_8412",
                     *           "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *           "memory_scope": "permanent",
                     *           "memory_category": "semantic",
                     *           "memory_type": "preference",
                     *           "category": "billing",
                     *           "content": "Prefers invoices by email.",
                     *           "confidence_score": 0.9,
                     *           "quality_score": 4,
                     *           "source_conversation_id": "c9a8b7c6-1234-4def-89ab-aabbccddeeff",
                     *           "verified": true,
                     *           "last_accessed_at": "2026-06-09T14:05:22Z",
                     *           "access_count": 3,
                     *           "expires_at": null,
                     *           "memory_tier": "long_term",
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Memory"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getMemoryStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary (shape not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {}
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The memory. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "m1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                     *         "customer_id": "cust_8412",
                     *         "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *         "memory_scope": "permanent",
                     *         "memory_category": "semantic",
                     *         "memory_type": "preference",
                     *         "category": "billing",
                     *         "content": "Prefers invoices by email.",
                     *         "confidence_score": 0.9,
                     *         "quality_score": 4,
                     *         "source_conversation_id": "c9a8b7c6-1234-4def-89ab-aabbccddeeff",
                     *         "verified": true,
                     *         "last_accessed_at": "2026-06-09T14:05:22Z",
                     *         "access_count": 3,
                     *         "expires_at": null,
                     *         "memory_tier": "long_term",
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Memory"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Prefers invoices by email, not post.",
                 *       "confidence_score": 0.95,
                 *       "verified": true
                 *     }
                 */
                "application/json": components["schemas"]["MemoryUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated; only `message` is meaningful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Memory updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteMemory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted permanently (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Memory deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description Page size (default 100, max 500; `limit + offset` ≤ 10000). */
                limit?: number;
                /** @description How many conversations to skip (`limit + offset` ≤ 10000). */
                offset?: number;
                /** @description Only this bot's conversations (a UUID). */
                bot_id?: string;
                /** @description Only this channel. Calls are `voice`, agent runs `agent`. */
                channel?: "web" | "sms" | "whatsapp" | "api" | "agent" | "voice" | "post_call";
                /** @description Your external call id. */
                external_call_id?: string;
                /** @description Your external linked id. */
                external_linked_id?: string;
                /** @description Conversations derived from this one. */
                source_conversation_id?: string;
                /** @description Start of the time range (RFC 3339). */
                since?: string;
                /** @description End of the time range (RFC 3339). */
                until?: string;
                /** @description Post-call analysis sentiment (value set not published). */
                "analysis.sentiment"?: string;
                /** @description Post-call analysis topic (value set not published). */
                "analysis.topic"?: string;
                /** @description Post-call analysis outcome (value set not published). */
                "analysis.outcome"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of conversations. */
            200: {
                headers: {
                    "X-Total-Count": components["headers"]["TotalCount"];
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "c9a8b7c6-1234-4def-89ab-aabbccddeeff",
                     *           "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "bot_name": "Support bot",
                     *           "channel": "voice",
                     *           "customer_id": "cust_8412",
                     *           "external_call_id": "call_77c1",
                     *           "external_linked_id": null,
                     *           "message_count": 2,
                     *           "started_at": "2026-05-02T09:12:40Z",
                     *           "ended_at": "2026-06-09T14:05:22Z",
                     *           "last_message_at": "2026-06-09T14:05:22Z",
                     *           "last_message_preview": "Your October invoice was emailed on Oct 3.",
                     *           "has_trace": true,
                     *           "source_conversation_id": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["ConversationSummary"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            /** @description An unknown query parameter (the list accepts a strict allow-list). */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation with its messages. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "c9a8b7c6-1234-4def-89ab-aabbccddeeff",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "bot_name": "Support bot",
                     *         "channel": "voice",
                     *         "customer_id": "cust_8412",
                     *         "external_call_id": "call_77c1",
                     *         "external_linked_id": null,
                     *         "message_count": 2,
                     *         "started_at": "2026-05-02T09:12:40Z",
                     *         "ended_at": "2026-06-09T14:05:22Z",
                     *         "last_message_at": "2026-06-09T14:05:22Z",
                     *         "last_message_preview": "Your October invoice was emailed on Oct 3.",
                     *         "has_trace": true,
                     *         "source_conversation_id": null,
                     *         "messages": [
                     *           {
                     *             "id": "msg_1",
                     *             "role": "user",
                     *             "content": "Where is my October invoice?",
                     *             "created_at": "2026-05-02T09:12:40Z"
                     *           },
                     *           {
                     *             "id": "msg_2",
                     *             "role": "assistant",
                     *             "content": "Your October invoice was emailed on Oct 3.",
                     *             "metadata": "{}",
                     *             "created_at": "2026-06-09T14:05:22Z"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["Conversation"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted permanently (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Conversation deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getConversationTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The trace. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "step_1",
                     *           "step_number": 1,
                     *           "action_type": "tool_call",
                     *           "action_name": "Order lookup",
                     *           "result_summary": "Found order 1042",
                     *           "items_count": 1,
                     *           "started_at": "2026-05-02T09:12:40Z",
                     *           "completed_at": "2026-05-02T09:12:40Z",
                     *           "duration_ms": 412,
                     *           "error_message": null,
                     *           "model": null,
                     *           "prompt_tokens": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["ConversationTrace"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listWidgetKeys: {
        parameters: {
            query: {
                /**
                 * @description The bot whose items to return.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                bot_id: components["parameters"]["BotIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bot's widget keys. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "w1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
                     *           "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "api_key": "hania_5f2c9a1e7d3b4c6a8e0f1d2c3b4a5968",
                     *           "name": "Marketing site",
                     *           "allowed_domains": [
                     *             "example.com"
                     *           ],
                     *           "rate_limit_per_hour": 1000,
                     *           "is_active": true,
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "last_used_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["WidgetKey"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createWidgetKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WidgetKeyCreateRequest"];
            };
        };
        responses: {
            /** @description The new key (presumably the key object). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "w1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "api_key": "hania_5f2c9a1e7d3b4c6a8e0f1d2c3b4a5968",
                     *         "name": "Marketing site",
                     *         "allowed_domains": [
                     *           "example.com"
                     *         ],
                     *         "rate_limit_per_hour": 1000,
                     *         "is_active": true,
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "last_used_at": null
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["WidgetKey"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    revokeWidgetKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Widget key revoked"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getWidgetCustomization: {
        parameters: {
            query: {
                /**
                 * @description The bot whose items to return.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                bot_id: components["parameters"]["BotIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current look and copy. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "theme_color": "#2563eb",
                     *         "position": "bottom-right",
                     *         "greeting_text": "Hi! How can we help?",
                     *         "welcome_message": null,
                     *         "avatar_url": null,
                     *         "show_branding": true,
                     *         "widget_title": "Acme support",
                     *         "placeholder_text": "Type a message…",
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["WidgetCustomization"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateWidgetCustomization: {
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
                 *       "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                 *       "theme_color": "#2563eb",
                 *       "greeting_text": "Hi! How can we help?",
                 *       "show_branding": true,
                 *       "widget_title": "Acme support"
                 *     }
                 */
                "application/json": components["schemas"]["WidgetCustomizationUpdateRequest"];
            };
        };
        responses: {
            /** @description The updated customization. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "theme_color": "#2563eb",
                     *         "position": "bottom-right",
                     *         "greeting_text": "Hi! How can we help?",
                     *         "welcome_message": null,
                     *         "avatar_url": null,
                     *         "show_branding": true,
                     *         "widget_title": "Acme support",
                     *         "placeholder_text": "Type a message…",
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["WidgetCustomization"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getWidgetEmbedCode: {
        parameters: {
            query: {
                /**
                 * @description The bot whose items to return.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                bot_id: components["parameters"]["BotIdQuery"];
                /**
                 * @description The widget key's `id` (a UUID; not its `api_key`).
                 * @example w1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e
                 */
                api_key_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snippet and the public key it uses. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "embed_code": "<script …></script>",
                     *         "api_key": "hania_5f2c9a1e7d3b4c6a8e0f1d2c3b4a5968"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["EmbedCode"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getVoiceCatalog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voice catalog. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["VoiceCatalog"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listVoiceNumbers: {
        parameters: {
            query?: {
                /**
                 * @description Filter by metadata with `?metadata.<key>=<value>` (e.g. `?metadata.team=support`). OpenAPI cannot name a dotted wildcard parameter, so the filters are one form-style, exploded object whose property names are the full parameter names (`metadata.<key>`); its own name never appears on the wire.
                 * @example {
                 *       "metadata.team": "support"
                 *     }
                 */
                metadataFilters?: components["parameters"]["MetadataFilters"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your voice numbers. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": [
                     *         {
                     *           "id": "n1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                     *           "phone_number": "+15551234567",
                     *           "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *           "bot_name": "Support bot",
                     *           "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *           "greeting": "Thanks for calling!",
                     *           "tts_voice": "voice_id",
                     *           "metadata": {},
                     *           "created_at": "2026-05-02T09:12:40Z",
                     *           "updated_at": "2026-06-09T14:05:22Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["VoiceNumber"][];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createVoiceNumber: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoiceNumberCreateRequest"];
            };
        };
        responses: {
            /** @description The new mapping's id. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "n1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["CreatedResource"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    getVoiceNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The voice-number mapping. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "data": {
                     *         "id": "n1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                     *         "phone_number": "+15551234567",
                     *         "bot_id": "b1f2c3d4-5678-90ab-cdef-1234567890ab",
                     *         "bot_name": "Support bot",
                     *         "tenant_id": "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b",
                     *         "greeting": "Thanks for calling!",
                     *         "tts_voice": "voice_id",
                     *         "metadata": {},
                     *         "created_at": "2026-05-02T09:12:40Z",
                     *         "updated_at": "2026-06-09T14:05:22Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["VoiceNumber"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    updateVoiceNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "greeting": "Thanks for calling Acme!"
                 *     }
                 */
                "application/json": components["schemas"]["VoiceNumberUpdateRequest"];
            };
        };
        responses: {
            /** @description Updated; only `message` is meaningful. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Voice number updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    deleteVoiceNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Voice number deleted"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    setVoiceNumberMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The resource's id.
                 * @example b1f2c3d4-5678-90ab-cdef-1234567890ab
                 */
                id: components["parameters"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "region": "us-east",
                 *       "crm_id": "acct_5521"
                 *     }
                 */
                "application/json": components["schemas"]["Metadata"];
            };
        };
        responses: {
            /** @description Metadata set (response body not published). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": true,
                     *       "message": "Metadata updated"
                     *     }
                     */
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["UndocumentedData"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    listLlmProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider map. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["LlmProviders"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
        };
    };
    createCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CallCreateRequest"];
            };
        };
        responses: {
            /** @description The call was initiated. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Used": components["headers"]["RateLimitUsed"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Always `true` on success. */
                        success: boolean;
                        data?: components["schemas"]["CallCreateResult"];
                        message?: components["schemas"]["EnvelopeMessage"];
                    };
                };
            };
            /** @description An invalid `bot_id` or a placement failure. */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Billing block. The overview lists calls as metered, but the Calls page says billing is checked at call-accept (no synchronous 402); kept because the overview documents it. */
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};

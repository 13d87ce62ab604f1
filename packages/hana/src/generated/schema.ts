/**
 * Generated from specs/hana/openapi.yaml by `pnpm generate`. Do not edit: change the spec and regenerate.
 */

export interface paths {
    "/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Validate the API key
         * @description Checks that the API key works and returns its owner and the server time.
         */
        get: operations["validateApiKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion request
         * @description Starts an asynchronous completion over a message history. Hana may use web context and organization memory, depending on the request and the key owner's permissions. The response is the new status record (`IN_PROGRESS`); poll `GET /chat/statuses?messageId=` for the answer, within 3 hours.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get completion statuses
         * @description With `messageId`, returns the status record of one completion request; without it, lists the key owner's recent records. Records are deleted automatically after 3 hours. Treat a request as successful only when `completionStatus` is `COMPLETED` and `completionResponse` is not null.
         */
        get: operations["listCompletionStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/chat/create-google-chat-message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Post a Google Chat message as Hana
         * @description Posts a message into a Google Chat space Hana is a member of.
         */
        post: operations["createGoogleChatMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List report groups
         * @description Lists the organization's report groups.
         */
        get: operations["listReportGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report-groups/report-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a message to a report group
         * @description Adds a message to an existing report group, typically from an automation pipeline, so people can ask Hana about it in Google Chat. The group must already exist: groups are created in the dashboard.
         */
        post: operations["createReportMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report-groups/{reportGroupId}/report-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a report group's messages
         * @description Lists the messages of one report group, optionally filtered by text and by creation time.
         */
        get: operations["listReportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/spaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Google Chat spaces
         * @description Lists the Google Chat spaces Hana is in.
         */
        get: operations["listSpaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the organization's users; `search` matches email and display name.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a text memory
         * @description Adds a text memory batch to the organization. Allowed for roles such as `ADMIN` and `DOMAIN_OWNER`; global memory is further restricted. When a similar memory may already exist, the response carries a `warning` and links to the similar batches.
         */
        post: operations["createMemoryBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List memory batches
         * @description Lists the organization's memory batches, with filters.
         */
        get: operations["listMemoryBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/memory/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The memory batch's `_id`.
                 * @example MEMORY_BATCH_ID
                 */
                batchId: string;
            };
            cookie?: never;
        };
        /** Get a memory batch */
        get: operations["getMemoryBatch"];
        put?: never;
        post?: never;
        /**
         * Delete a memory batch
         * @description Deletes a memory batch owned by the key owner.
         */
        delete: operations["deleteMemoryBatch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/get-url-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a web page
         * @description Returns the readable text of a web page as Markdown. Only for organizations on the PRO plan; the response for other plans is not documented.
         */
        get: operations["getUrlContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task
         * @description Creates a task on the organization's task board. The API offers no other task operation.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the organization
         * @description Returns the key owner's organization, with its plan and settings.
         */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List approvals */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval/create-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an approval request
         * @description Asks the approvers to approve or reject `content`. They are notified by email, and by a Google Chat card when `googleChatSpaceId` is set, and act from the dashboard or the card. Poll `GET /approval/{approvalId}` and decide from `approverActions`; once `expiryDate` passes unresolved, apply `defaultAction`.
         */
        post: operations["createApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/approval/{approvalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an approval */
        get: operations["getApproval"];
        put?: never;
        post?: never;
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
        /** @description Always `true` in every documented response; the docs never show `false`. */
        Success: boolean;
        /**
         * Format: date-time
         * @description ISO 8601 timestamp in UTC with milliseconds, e.g. `2025-03-09T11:48:40.713Z`.
         */
        Timestamp: string;
        /** @description The user who owns the API key, as returned by the key check. */
        KeyOwner: {
            /** Format: email */
            email?: string;
            /** @description Organization role of the key owner, e.g. `ADMIN` or `USER`. The full list is not documented. */
            role?: string;
            displayName?: string;
            /** @description Apparently the server's current time. */
            timestamp?: components["schemas"]["Timestamp"];
        };
        ChatTextPart: {
            /** @constant */
            type: "text";
            text: string;
        };
        ChatImagePart: {
            /** @constant */
            type: "image_url";
            image_url: {
                /** Format: uri */
                url: string;
            };
        };
        /** @description One part of a multimodal message. */
        ChatContentPart: components["schemas"]["ChatTextPart"] | components["schemas"]["ChatImagePart"];
        ChatMessage: {
            /**
             * @description `user` is a person; `assistant` is a non-human sender such as an AI model or a platform like Notion.
             * @enum {string}
             */
            role: "user" | "assistant";
            /** @description Plain text, or multimodal parts (text and image URLs); see NOTES.md, §6.1. */
            content: string | components["schemas"]["ChatContentPart"][];
            /** @description Identifies the sender; letters, digits and hyphens only, e.g. `alex-jones`. */
            name: string;
        };
        /** @description A message history for Hana to answer. `includeWebSources` and `includeMetadata` sit at the top level, where both documented examples put them (the prose lists them under a message; see NOTES.md, §6.2). */
        ChatCompletionRequest: {
            messages: components["schemas"]["ChatMessage"][];
            /** @description Allow web sources in the completion. The default is not documented. */
            includeWebSources?: boolean;
            /** @description Include metadata in the completion. The default, and where the metadata appears, are not documented. */
            includeMetadata?: boolean;
        };
        /** @description A MongoDB `_id` string. No pattern is imposed: the vendor's examples use placeholders such as `USER_ID` and ids that are not 24 hex digits. */
        MongoId: string;
        /**
         * @description `IN_PROGRESS` until Hana finishes; then `COMPLETED` (the answer is in `completionResponse`) or `ERROR`.
         * @enum {string}
         */
        CompletionStatusValue: "IN_PROGRESS" | "COMPLETED" | "ERROR";
        /** @description Mongoose document version key (`__v`). */
        MongooseVersion: number;
        /** @description The status record of one completion request. Records are deleted automatically 3 hours after creation. Count a request as successful only when `completionStatus` is `COMPLETED` and `completionResponse` is not null. */
        CompletionStatus: {
            _id?: components["schemas"]["MongoId"];
            /** @description Mongo id of the key owner (not the Google `users/…` name). */
            userId?: components["schemas"]["MongoId"];
            organizationId?: components["schemas"]["MongoId"];
            /** @description Identifies the request when polling, in the form `client-hana-<UUID>`. */
            messageId: string;
            completionStartTime?: components["schemas"]["Timestamp"];
            /**
             * Format: date-time
             * @description Null while `IN_PROGRESS`; set once the request is `COMPLETED` or `ERROR`.
             */
            completionFinishTime?: string | null;
            /** @description Hana's answer; non-null only when `COMPLETED`. */
            completionResponse?: string | null;
            completionStatus: components["schemas"]["CompletionStatusValue"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        /** @description Number of records matching the query across all pages. */
        TotalCount: number;
        CompletionStatusPage: {
            data: components["schemas"]["CompletionStatus"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        GoogleChatMessageRequest: {
            /** @description Text to post; Google Chat formatting rules apply. */
            message: string;
            /** @description The target space as `spaces/<spaceId>`, where `<spaceId>` is the part after `/space/` in the space's Google Chat URL. Hana must already be a member of the space. */
            spaceName: string;
        };
        /** @description A user of the organization. The vendor returns several variants of this object (list item, single user, embedded in other records), so only `_id` is required. */
        User: {
            _id: components["schemas"]["MongoId"];
            /** @description Google Chat user resource name, `users/<id>`. */
            userID?: string;
            /** Format: email */
            email?: string;
            displayName?: string;
            /** @description Organization role; `USER` and `ADMIN` are seen in payloads, `DOMAIN_OWNER` and `SUPER_ADMIN` are named elsewhere. Not a closed list. */
            role?: string;
            designation?: string | null;
            isActive?: boolean;
            organizationId?: components["schemas"]["MongoId"];
            /** Format: uri */
            profilePicture?: string;
            updatedBy?: components["schemas"]["MongoId"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        /** @description A user, either as its Mongo id (create responses, tasks, single memory batches) or as the embedded user document (approval reads, memory batch lists, report groups and messages). See NOTES.md, §6.3. */
        UserReference: components["schemas"]["MongoId"] | components["schemas"]["User"];
        /** @description Search relevance; the examples that show it were made with `search` set. */
        SearchScore: number;
        ReportGroup: {
            _id: components["schemas"]["MongoId"];
            /** @description The group's name, e.g. `daily_standup`. */
            title?: string;
            createdBy?: components["schemas"]["UserReference"];
            organizationId?: components["schemas"]["MongoId"];
            reportMessagesCount?: number;
            score?: components["schemas"]["SearchScore"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        /** @description A plain-text digest of the page made for LLM prompts. Seen only on report groups, report messages and spaces, and not guaranteed to agree with `data` (see NOTES.md, §6.7). */
        LlmDigestableOutput: string;
        ReportGroupPage: {
            data: components["schemas"]["ReportGroup"][];
            totalCount: components["schemas"]["TotalCount"];
            llmDigestableOutput?: components["schemas"]["LlmDigestableOutput"];
        };
        ReportMessageCreateRequest: {
            /** @description Name of an existing report group (groups are created in the dashboard; the API cannot create them). The docs say names are lowercase with hyphens, but their own examples use underscores, so no pattern is imposed (NOTES.md, §6.6). */
            reportGroupName: string;
            /** @description Where the message came from, e.g. `Website`, `Slack`, `Google Chat`, `Microsoft Teams`. Not a closed list. */
            sourcePlatform: string;
            /** @description Short title. */
            messageTitle: string;
            /** @description The message body. */
            messageString: string;
        };
        /** @description The accepted message, echoed; `sourcePlatform` comes back upper-cased (`Slack` → `SLACK`). */
        ReportMessageReceipt: {
            reportGroupName?: string;
            /** @description The request's `sourcePlatform` in upper case. How multi-word names are upper-cased is not documented. */
            sourcePlatform?: string;
            messageTitle?: string;
            messageString?: string;
        };
        /** @description A stored report message. Its fields are named differently from the create request's (`title`/`description`/ `createdPlatformSource` vs `messageTitle`/`messageString`/`sourcePlatform`; NOTES.md, §6.4). */
        ReportMessage: {
            _id: components["schemas"]["MongoId"];
            reportGroupId?: components["schemas"]["MongoId"];
            title?: string;
            description?: string;
            createdBy?: components["schemas"]["UserReference"];
            /** @description Upper-case source platform, e.g. `NOTION`, `SLACK`. Not a closed list. */
            createdPlatformSource?: string;
            organizationId?: components["schemas"]["MongoId"];
            /** @description Messages in the group (the example's value disagrees with `totalCount`; NOTES.md, §6.8). */
            reportMessagesCount?: number;
            score?: components["schemas"]["SearchScore"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        ReportMessagePage: {
            data: components["schemas"]["ReportMessage"][];
            totalCount: components["schemas"]["TotalCount"];
            llmDigestableOutput?: components["schemas"]["LlmDigestableOutput"];
        };
        /** @description A Google Chat space Hana is in. */
        Space: {
            _id: components["schemas"]["MongoId"];
            /** @description Google Chat space name, `spaces/<id>`. */
            spaceId?: string;
            /** @description The organization's id (named `orgId` here, `organizationId` elsewhere). */
            orgId?: components["schemas"]["MongoId"];
            displayName?: string;
            /** @description Google Chat space type; only `GROUP_CHAT` is seen. Not a closed list. */
            spaceType?: string;
            description?: string | null;
            spaceCreatedAt?: components["schemas"]["Timestamp"];
            isActive?: boolean;
            /** @description Hana's membership state; only `ADDED` is seen, and one example item omits it. */
            hanaStatus?: string;
            isAutoInitiationEnabled?: boolean;
            isAutoMemoryIngestionEnabled?: boolean;
            score?: components["schemas"]["SearchScore"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
        };
        SpacePage: {
            data: components["schemas"]["Space"][];
            totalCount: components["schemas"]["TotalCount"];
            llmDigestableOutput?: components["schemas"]["LlmDigestableOutput"];
        };
        UserPage: {
            data: components["schemas"]["User"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /**
         * @description Who the memory serves. The server turns a missing or unknown value into `ORG` (NOTES.md, §6.16).
         * @enum {string}
         */
        MemoryLevel: "ORG" | "JUST_MYSELF";
        MemoryBatchCreateRequest: {
            /**
             * @description Only text memories can be created through the API.
             * @enum {string}
             */
            memoryType: "TEXT_MEMORY";
            /** @description The memory text; no length limit is documented. */
            text: string;
            /**
             * @description Global memory is role-gated; which roles may create it is not documented.
             * @default false
             */
            isGlobal?: boolean;
            /** @default ORG */
            memoryLevel?: components["schemas"]["MemoryLevel"];
            /** @description Helps Hana decide when to retrieve this memory. */
            useCaseInstructions?: string;
        };
        /**
         * @description Freshness of a memory batch.
         * @enum {string}
         */
        MemoryFreshness: "STALE" | "ACTIVE" | "FRESH";
        /** @description A memory batch. `createdBy`/`updatedBy` are ids on single-batch responses and embedded users in lists (NOTES.md, §6.3). */
        MemoryBatch: {
            _id: components["schemas"]["MongoId"];
            title?: string;
            organizationId?: components["schemas"]["MongoId"];
            /** @description Kind of batch, e.g. `TEXT_MEMORY`. The dashboard has other kinds whose strings are not documented. */
            type?: string;
            memoryLevel?: components["schemas"]["MemoryLevel"];
            isGlobal?: boolean;
            status?: components["schemas"]["MemoryFreshness"];
            /** @description `IN_PROGRESS` and `INGESTED` are seen; the dashboard also shows partially ingested, error and aborted states whose strings are not documented. */
            ingestionStatus?: string;
            ingestionProgress?: number;
            memoryChunksCount?: number;
            effectiveSheetTotalRowLimit?: number;
            createdBy?: components["schemas"]["UserReference"];
            updatedBy?: components["schemas"]["UserReference"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        MemoryBatchCreated: {
            batch: components["schemas"]["MemoryBatch"];
            /** @description Set (apparently only) when a similar memory may already exist. */
            warning?: string;
            /** @description Dashboard links to similar memory batches. */
            similarBatchLinks?: string[];
        };
        MemoryBatchPage: {
            data: components["schemas"]["MemoryBatch"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        /** @enum {string} */
        TaskStatus: "TODO" | "IN_PROGRESS" | "COMPLETED" | "CANCELED";
        /** @enum {string} */
        TaskPriority: "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";
        /** @description Every field is optional; the docs recommend a `title`. No defaults are documented. */
        TaskCreateRequest: {
            title?: string;
            description?: string;
            status?: components["schemas"]["TaskStatus"];
            priority?: components["schemas"]["TaskPriority"];
            due?: components["schemas"]["Timestamp"];
            /** @description Mongo ids of the assigned users. */
            assignees?: components["schemas"]["MongoId"][];
            /** @description Mongo ids of tags. */
            tags?: components["schemas"]["MongoId"][];
            sprintId?: components["schemas"]["MongoId"];
        };
        /** @description A task. The response echoes only the fields that were sent, plus bookkeeping fields. */
        Task: {
            _id: components["schemas"]["MongoId"];
            title?: string;
            description?: string;
            status?: components["schemas"]["TaskStatus"];
            priority?: components["schemas"]["TaskPriority"];
            due?: components["schemas"]["Timestamp"];
            assignees?: components["schemas"]["MongoId"][];
            tags?: components["schemas"]["MongoId"][];
            sprintId?: components["schemas"]["MongoId"];
            organizationId?: components["schemas"]["MongoId"];
            createdBy?: components["schemas"]["UserReference"];
            updatedBy?: components["schemas"]["UserReference"];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        Organization: {
            _id: components["schemas"]["MongoId"];
            displayName?: string;
            /** @description The organization's plan, populated. */
            planId?: {
                _id?: components["schemas"]["MongoId"];
                /** @description Plan name; only `PRO` is seen. */
                displayName?: string;
            };
            purchasedSeats?: number;
            country?: string;
            website?: string;
            allowDm?: boolean;
            allowThreadedSpaceInteraction?: boolean;
            allowAutoMemoryIngestion?: boolean;
            allowPrivateChat?: boolean;
            allowInvocationHistory?: boolean;
            allowAutoEngagement?: boolean;
            allowResponseControlCard?: boolean;
            allowResponseMetadata?: boolean;
            /** @description Only `UNRESTRICTED` is seen; other values are not documented. */
            knowledgeValidationMode?: string;
            /** @description Only `EN` is seen. */
            preferredLanguage?: string;
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        /** @enum {string} */
        ApprovalAction: "APPROVED" | "REJECTED" | "NO_ACTION";
        /** @description What one approver has done so far. */
        ApproverAction: {
            action?: components["schemas"]["ApprovalAction"];
            actionDate?: components["schemas"]["Timestamp"];
        };
        /** @description An approval request. The create response carries ids in `approvers`/`createdBy`; reads carry embedded users (NOTES.md, §6.3). Approvers act from the dashboard or a Google Chat card: the API cannot approve or reject. */
        Approval: {
            _id: components["schemas"]["MongoId"];
            content?: string;
            approvers?: components["schemas"]["UserReference"][];
            /** @description Each approver's action, keyed by user id. Every approver starts at `NO_ACTION`. */
            approverActions?: {
                [key: string]: components["schemas"]["ApproverAction"];
            };
            defaultAction?: components["schemas"]["ApprovalAction"];
            expiryDate?: components["schemas"]["Timestamp"];
            organizationId?: components["schemas"]["MongoId"];
            createdBy?: components["schemas"]["UserReference"];
            googleChatSpaceId?: string;
            images?: string[];
            links?: string[];
            createdAt?: components["schemas"]["Timestamp"];
            updatedAt?: components["schemas"]["Timestamp"];
            __v?: components["schemas"]["MongooseVersion"];
        };
        ApprovalPage: {
            data: components["schemas"]["Approval"][];
            totalCount: components["schemas"]["TotalCount"];
        };
        ApprovalCreateRequest: {
            /** @description What needs approval. */
            content: string;
            /** @description Mongo ids of the approvers. */
            approvers: components["schemas"]["MongoId"][];
            /** @description When the approval expires; must be "sufficiently in the future" (the minimum lead time is not documented). */
            expiryDate: components["schemas"]["Timestamp"];
            /** @description Applied when the approval expires unresolved. Prefer `REJECTED` with a short expiry for high-risk actions. */
            defaultAction: components["schemas"]["ApprovalAction"];
            images?: string[];
            links?: string[];
            /** @description A `spaces/<id>` to post an approval card into. */
            googleChatSpaceId?: string;
        };
    };
    responses: {
        /** @description The API key is invalid, or its owner has not given OAuth consent, or the owner's OAuth scopes are expired or incomplete. The response body is not documented. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The organization's seats do not match its billing, or the plan's monthly interaction limit has been reached. The response body is not documented. */
        PaymentRequired: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Page number, starting from 1.
         * @example 1
         */
        Page: number;
        /**
         * @description Records per page. No maximum is documented for this endpoint.
         * @example 10
         */
        PerPage: number;
        /**
         * @description Text search.
         * @example daily
         */
        Search: string;
        /**
         * @description Records per page, at most 100.
         * @example 10
         */
        MemoryBatchesPerPage: number;
        /**
         * @description Page number, starting from 1. The docs give no default for this endpoint.
         * @example 1
         */
        ApprovalsPage: number;
        /**
         * @description Records per page. The docs give no default or maximum for this endpoint.
         * @example 10
         */
        ApprovalsPerPage: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    validateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["KeyOwner"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /** @description The completion request was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["CompletionStatus"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listCompletionStatuses: {
        parameters: {
            query?: {
                /**
                 * @description The `messageId` returned by the completion request.
                 * @example client-hana-03b495e3-4ba1-457e-9065-749545b6f33e
                 */
                messageId?: string;
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page. No maximum is documented for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of status records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["CompletionStatusPage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createGoogleChatMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GoogleChatMessageRequest"];
            };
        };
        responses: {
            /** @description The message was posted; `content` is its text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listReportGroups: {
        parameters: {
            query?: {
                /**
                 * @description Text search.
                 * @example daily
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page. No maximum is documented for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of report groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["ReportGroupPage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createReportMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportMessageCreateRequest"];
            };
        };
        responses: {
            /** @description The message was added; its fields are echoed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["ReportMessageReceipt"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listReportMessages: {
        parameters: {
            query?: {
                /**
                 * @description Text search.
                 * @example daily
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page. No maximum is documented for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["PerPage"];
                /**
                 * @description Only messages created at or after this time.
                 * @example 2025-02-16T01:42:07.213Z
                 */
                startTimestamp?: string;
                /**
                 * @description Only messages created at or before this time.
                 * @example 2025-02-17T01:00:07.213Z
                 */
                endTimestamp?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The report group's `_id`, from `GET /report-groups`.
                 * @example REPORT_GROUP_ID
                 */
                reportGroupId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of report messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["ReportMessagePage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listSpaces: {
        parameters: {
            query?: {
                /**
                 * @description Text search.
                 * @example daily
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page. No maximum is documented for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of spaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["SpacePage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Text search.
                 * @example daily
                 */
                search?: components["parameters"]["Search"];
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page. No maximum is documented for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["PerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["UserPage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's Mongo `_id`.
                 * @example USER_ID
                 */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["User"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createMemoryBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemoryBatchCreateRequest"];
            };
        };
        responses: {
            /** @description The memory batch was created; ingestion continues in the background. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["MemoryBatchCreated"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listMemoryBatches: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting from 1.
                 * @example 1
                 */
                page?: components["parameters"]["Page"];
                /**
                 * @description Records per page, at most 100.
                 * @example 10
                 */
                per_page?: components["parameters"]["MemoryBatchesPerPage"];
                /**
                 * @description Kind of batch, e.g. `TEXT_MEMORY`. Other kinds exist but their strings are not documented.
                 * @example TEXT_MEMORY
                 */
                batchType?: string;
                /**
                 * @description Freshness of the batch.
                 * @example ACTIVE
                 */
                status?: components["schemas"]["MemoryFreshness"];
                /** @example ORG */
                memoryLevel?: components["schemas"]["MemoryLevel"];
                /**
                 * @description Text search.
                 * @example daily
                 */
                search?: components["parameters"]["Search"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of memory batches, with users embedded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["MemoryBatchPage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    getMemoryBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The memory batch's `_id`.
                 * @example MEMORY_BATCH_ID
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The memory batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["MemoryBatch"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    deleteMemoryBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The memory batch's `_id`.
                 * @example MEMORY_BATCH_ID
                 */
                batchId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The batch was deleted; `content` is `true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    getUrlContent: {
        parameters: {
            query: {
                /**
                 * @description The page to read.
                 * @example https://docs.hanabot.ai/docs/intro
                 */
                url: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page's text as Markdown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateRequest"];
            };
        };
        responses: {
            /** @description The task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["Task"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["Organization"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /**
                 * @description Page number, starting from 1. The docs give no default for this endpoint.
                 * @example 1
                 */
                page?: components["parameters"]["ApprovalsPage"];
                /**
                 * @description Records per page. The docs give no default or maximum for this endpoint.
                 * @example 10
                 */
                per_page?: components["parameters"]["ApprovalsPerPage"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of approvals, with approvers and creators embedded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["ApprovalPage"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    createApproval: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalCreateRequest"];
            };
        };
        responses: {
            /** @description The approval was created; `approvers` and `createdBy` are ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["Approval"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The approval's `_id`.
                 * @example APPROVAL_ID
                 */
                approvalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approval, with approvers and creator embedded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        success: components["schemas"]["Success"];
                        content: components["schemas"]["Approval"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
        };
    };
}

/**
 * A small hand-written API in the shape the code generator emits (openapi-typescript `paths`, an operation table
 * and spec facts), so runtime tests do not depend on any vendor.
 */
import type { OperationTable, SpecInfo } from "../../src/index.js";

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Json<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };
type Unused = { put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never };

export interface Thing {
  id: string;
  name: string;
}
export interface Success<T> {
  success: boolean;
  data?: T;
  message?: string;
}
export interface Failure {
  success: false;
  error: string;
  code?: string;
}
export type ChatEvent =
  | { event: "token"; data: { text: string }; id?: string; retry?: number }
  | { event: "done"; data: { total: number }; id?: string; retry?: number };

/** A turn whose spec declares `done` terminal and `error` an error (`x-stream-events`). */
export type TurnEvent =
  | { event: "token"; data: { text: string }; id?: string; retry?: number }
  | { event: "done"; data: { total: number }; id?: string; retry?: number }
  | { event: "error"; data: { detail: string }; id?: string; retry?: number };

type ListGet<Query, Body> = {
  parameters: { query?: Query; header?: never; path?: never; cookie?: never };
  requestBody?: never;
  responses: { 200: Json<Body>; 401: Json<Failure> };
};

export interface paths {
  "/things": {
    parameters: NoParams;
    get: ListGet<{ limit?: number; offset?: number }, Success<Thing[]>>;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: Json<Success<Thing>>; 422: Json<Failure> };
    };
  } & Omit<Unused, "post">;
  "/things/{id}": {
    parameters: NoParams;
    get: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<Success<Thing>>; 404: Json<Failure> };
    };
    put: {
      parameters: { query?: never; header?: never; path: { id: string }; cookie?: never };
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 200: Json<Success<Thing>> };
    };
  } & Omit<Unused, "put">;
  "/memories": { parameters: NoParams; get: ListGet<{ limit?: number }, Success<Thing[]>> } & Unused;
  "/pages": { parameters: NoParams; get: ListGet<{ page?: number; per_page?: number }, { content: { data: Thing[]; totalCount: number } }> } & Unused;
  "/feed": { parameters: NoParams; get: ListGet<{ cursor?: string; limit?: number }, { items: Thing[]; nextCursor?: string | null }> } & Unused;
  "/health": { parameters: NoParams; get: ListGet<never, { ok: boolean }> } & Unused;
  "/upload": {
    parameters: NoParams;
    post: { parameters: NoParams; requestBody: { content: { "multipart/form-data": { file: string } } }; responses: { 200: Json<Success<Thing>> } };
  } & Omit<Unused, "post">;
  "/chat": {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { message: string } } };
      responses: { 200: { headers: { [name: string]: unknown }; content: { "text/event-stream": ChatEvent } }; 402: Json<Failure> };
    };
  } & Omit<Unused, "post">;
  "/turn": {
    parameters: NoParams;
    get: {
      parameters: NoParams;
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { "text/event-stream": TurnEvent } } };
    };
  } & Unused;
}

export const operationTable = {
  listThings: {
    method: "get",
    path: "/things",
    pagination: { style: "offset", limitParam: "limit", offsetParam: "offset", items: "/data", total: { header: "X-Total-Count" }, defaultLimit: 2, maxWindow: 5 },
  },
  createThing: { method: "post", path: "/things" },
  getThing: { method: "get", path: "/things/{id}" },
  replaceThing: { method: "put", path: "/things/{id}" },
  listMemories: {
    method: "get",
    path: "/memories",
    pagination: { style: "offset", limitParam: "limit", items: "/data", defaultLimit: 3 },
  },
  listPages: {
    method: "get",
    path: "/pages",
    pagination: { style: "page", pageParam: "page", perPageParam: "per_page", firstPage: 1, items: "/content/data", total: { pointer: "/content/totalCount" }, defaultPerPage: 2, maxPerPage: 3 },
  },
  listFeed: {
    method: "get",
    path: "/feed",
    pagination: { style: "cursor", cursorParam: "cursor", nextCursor: "/nextCursor", items: "/items", limitParam: "limit" },
  },
  getHealth: { method: "get", path: "/health", security: [] },
  upload: { method: "post", path: "/upload" },
  chat: { method: "post", path: "/chat", streaming: true },
  turn: { method: "get", path: "/turn", streaming: true, streamEvents: { terminal: ["done"], error: ["error"] } },
} as const satisfies OperationTable;

export const spec = {
  title: "Fixture",
  security: [["bearer"]],
  version: "1",
  defaultBaseUrl: "https://api.example.test/v1",
  securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
  envelope: { data: "/data", error: "/error", code: "/code" },
  rateLimitHeaders: { limit: "X-RateLimit-Limit", remaining: "X-RateLimit-Remaining", reset: "X-RateLimit-Reset", used: "X-RateLimit-Used" },
} as const satisfies SpecInfo;

export const API_KEY = "fx_sk_0123456789abcdef0123456789abcdef";

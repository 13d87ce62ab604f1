import type { CallOptions } from "@vendor-sdks/runtime";
import type { HyponemaClient } from "../client.js";
import type { components } from "../generated/schema.js";

export type SessionCreateRequest = components["schemas"]["SessionCreateRequest"];
export type SessionCreated = components["schemas"]["SessionCreated"];

/**
 * What a browser, widget or mobile client may receive: the signed, short-lived, single-session values. Built
 * field by field so nothing else from the server side (least of all the API key) can ride along.
 */
export interface BrowserSession {
  readonly sessionId: string;
  readonly status: SessionCreated["status"];
  /** Signed voice WebSocket URL (voice and voice+text). */
  readonly wsUrl: string;
  /** Signed chat WebSocket URL (text). */
  readonly chatUrl: string;
  readonly token: string;
  /** As the API sent it: its type is not documented. */
  readonly expiresAt: unknown;
}

/** Pick the browser-safe values from a `createSession` response, failing loudly if one is missing. */
export function toBrowserSession(created: SessionCreated): BrowserSession {
  for (const field of ["id", "ws_url", "chat_url", "token"] as const) {
    if (typeof created[field] !== "string" || created[field] === "") {
      throw new TypeError(`createSession response has no ${field}; cannot hand a session to the browser.`);
    }
  }
  return {
    sessionId: created.id,
    status: created.status,
    wsUrl: created.ws_url,
    chatUrl: created.chat_url,
    token: created.token,
    expiresAt: created.expires_at,
  };
}

/**
 * Create a session and return only what a browser may hold: the signed `wsUrl`/`chatUrl`/`token`, never the
 * API key. `token` is returned only here, so keep it if the client needs it.
 */
export async function createBrowserSession(client: HyponemaClient, body: SessionCreateRequest, options?: CallOptions): Promise<BrowserSession> {
  return toBrowserSession(await client.unwrap(client.POST("/sessions", { body, ...options })));
}

import type { RecordedRequest, Reply } from "./hub-server.js";
import { fakeJwt, nowSeconds } from "./jwt.js";

/**
 * The hub's token rules: `POST /api/auth` trades the right access token for a JWT whose lifetime the test
 * chooses; other `/api/*` routes accept only JWTs it issued and has not revoked.
 */
export class FakeAuth {
  readonly issued: string[] = [];
  readonly #valid = new Set<string>();

  constructor(
    private readonly accessToken: string,
    public lifetimeSeconds = 4 * 3600,
  ) {}

  /** Answers `/api/auth`; undefined for other paths. */
  exchange(req: RecordedRequest): Reply | undefined {
    if (req.url.pathname !== "/api/auth") return undefined;
    const body = JSON.parse(req.text || "null") as { accessToken?: unknown } | null;
    if (!body || typeof body.accessToken !== "string") return { status: 400, json: { error: "Invalid body" } };
    if (body.accessToken !== this.accessToken) return { status: 401, json: { error: "Invalid access token" } };
    const jwt = fakeJwt({ exp: nowSeconds() + this.lifetimeSeconds });
    this.issued.push(jwt);
    this.#valid.add(jwt);
    return { status: 200, json: { token: jwt, user: { id: 1, firstName: "Web User" } } };
  }

  /** The 401 the hub sends when the request carries no usable JWT, else undefined. */
  reject(req: RecordedRequest, { allowQuery = false } = {}): Reply | undefined {
    const header = req.headers.authorization;
    const token = header?.startsWith("Bearer ") ? header.slice(7) : allowQuery ? req.url.searchParams.get("token") : null;
    if (!token) return { status: 401, json: { error: "Missing authorization token" } };
    return this.#valid.has(token) ? undefined : { status: 401, json: { error: "Invalid token" } };
  }

  /** Simulates the hub forgetting every token (e.g. a new JWT secret). */
  revokeAll(): void {
    this.#valid.clear();
  }
}

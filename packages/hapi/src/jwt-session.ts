import { VendorSdkError, type AuthProvider } from "@vendor-sdks/runtime";
import { readJwtExpiry } from "./jwt-expiry.js";

/** Renew this long before `exp` by default, so a request never leaves with a token about to lapse. */
const DEFAULT_RENEW_BEFORE_MS = 60_000;

export interface JwtSessionOptions {
  /** Trades the access token for a fresh JWT (`POST /api/auth`). Its errors reach the caller unchanged. */
  readonly exchange: () => Promise<string>;
  /** How long before expiry to renew; default {@link DEFAULT_RENEW_BEFORE_MS}. */
  readonly renewBeforeMs?: number;
  readonly now?: () => number;
}

/**
 * HAPI's JWT as an {@link AuthProvider}: exchanged on first use, reused until shortly before its `exp`, renewed
 * once when the hub answers 401. Concurrent callers share one exchange. There is no refresh endpoint: renewing
 * means exchanging the access token again.
 */
export class JwtSession implements AuthProvider {
  readonly #exchange: () => Promise<string>;
  readonly #renewBeforeMs: number;
  readonly #now: () => number;
  #current: { readonly jwt: string; readonly expiresAt: number | undefined } | undefined;
  #pending: Promise<string> | undefined;

  constructor(options: JwtSessionOptions) {
    this.#exchange = options.exchange;
    this.#renewBeforeMs = options.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS;
    this.#now = options.now ?? (() => Date.now());
  }

  /**
   * A JWT that is valid for at least `renewBeforeMs` more (as far as its `exp` tells): the cached one as it is (no
   * promise, so a call spends no extra tick on it), or the exchange under way.
   */
  getCredential(): Promise<string> | string {
    const current = this.#current;
    if (current && (current.expiresAt === undefined || this.#now() < current.expiresAt - this.#renewBeforeMs)) {
      return current.jwt;
    }
    return this.#renew();
  }

  /** The hub refused the JWT (expired early, secret rotated, hub reset): exchange again, once per call. */
  async onUnauthorized(): Promise<boolean> {
    if (!this.#pending) this.#current = undefined;
    await this.#renew();
    return true;
  }

  /** Forget the cached JWT; the next call exchanges again. */
  invalidate(): void {
    this.#current = undefined;
  }

  #renew(): Promise<string> {
    this.#pending ??= this.#exchange()
      .then((jwt) => {
        this.#current = { jwt, expiresAt: readJwtExpiry(jwt) };
        return jwt;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }
}

/** The JWT in use by a HAPI client: `get()` exchanges or renews it when needed, `invalidate()` forces a new exchange. */
export interface JwtHandle {
  get(): Promise<string>;
  invalidate(): void;
}

// Kept beside the client rather than on it (see docs/decisions/0005): each client's session, found by the client.
const sessions = new WeakMap<object, JwtSession>();

export function bindJwtSession(client: object, session: JwtSession): void {
  sessions.set(client, session);
}

/** The JWT a client made by `createHapiClient` signs its calls with. */
export function jwtOf(client: object): JwtHandle {
  const session = sessions.get(client);
  if (!session) throw new VendorSdkError("jwtOf() needs a client made by createHapiClient().");
  return { get: async () => session.getCredential(), invalidate: () => session.invalidate() };
}

import type { OperationInfo, SecuritySchemeInfo } from "../operations/operation-info.js";

/** What an {@link AuthProvider} is told about the call that needs a credential. */
export interface AuthContext {
  /** The operation being called; undefined for a path missing from the operation table. */
  readonly operation: OperationInfo | undefined;
  /** Name of the spec security scheme the credential is for. */
  readonly schemeName: string;
  readonly scheme: SecuritySchemeInfo;
}

/**
 * A source of credentials, for vendors that exchange a key for short-lived tokens. `getCredential` is asked before
 * every attempt; when an attempt gets 401 and `onUnauthorized` resolves true (e.g. it refreshed the token), the
 * request is sent once more with a fresh credential.
 */
export interface AuthProvider {
  getCredential(ctx: AuthContext): Promise<string> | string;
  onUnauthorized?(ctx: AuthContext): Promise<boolean> | boolean;
}

/** A fixed API key as a provider. */
export function staticKey(key: string): AuthProvider {
  return { getCredential: () => key };
}

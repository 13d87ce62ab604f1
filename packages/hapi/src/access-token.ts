import { VendorSdkError } from "@vendor-sdks/runtime";

/**
 * The credential `POST /api/auth` expects: `<token>[:<namespace>]`. The hub splits on the last `:`, so a token
 * that already carries a namespace must not get a second one. Messages never include the token itself.
 */
export function composeAccessToken(accessToken: string, namespace?: string): string {
  const token = accessToken.trim();
  if (!token) throw new VendorSdkError("@vendor-sdks/hapi: accessToken is empty.");
  if (namespace === undefined) return token;
  if (!namespace || namespace.trim() !== namespace || namespace.includes(":")) {
    throw new VendorSdkError("@vendor-sdks/hapi: namespace must be non-empty, without surrounding spaces or ':'.");
  }
  if (token.includes(":")) {
    throw new VendorSdkError("@vendor-sdks/hapi: the access token already names a namespace (token:namespace); do not pass namespace too.");
  }
  return `${token}:${namespace}`;
}

import { VendorSdkError } from "../errors/errors.js";
import { isBrowserLike } from "./runtime-kind.js";

/** Refuses to hold a server-side secret in a browser-like runtime unless the caller opted in. */
export function assertNotBrowser(packageName: string, allowed: boolean | undefined): void {
  if (allowed || !isBrowserLike()) return;
  throw new VendorSdkError(
    `${packageName}: a secret API key in a browser is readable by every visitor. Call the API from a server, ` +
      "or pass { dangerouslyAllowBrowser: true }.",
  );
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** Refuses to send a credential in clear text to anything but this machine unless the caller opted in. */
export function assertSecureTransport(url: URL, allowed: boolean | undefined): void {
  if (allowed || url.protocol !== "http:" || LOOPBACK.test(url.hostname)) return;
  throw new VendorSdkError(
    `Credentials would travel unencrypted to http://${url.host}: use https:// or pass { allowInsecureHttp: true }.`,
  );
}

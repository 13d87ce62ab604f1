import { isBrowserLike, nodeVersion } from "./runtime-kind.js";

/**
 * Headers naming the client package and version: `User-Agent` outside browsers. Browsers do not let scripts set
 * it, and any other custom header would turn every call into a CORS preflight that APIs such as HAPI's hub reject,
 * so nothing is added there.
 */
export function clientHeaders(packageName: string, packageVersion: string): Record<string, string> {
  const id = `${packageName}/${packageVersion}`;
  if (isBrowserLike()) return {};
  const node = nodeVersion();
  return { "User-Agent": node ? `${id} node/${node}` : id };
}

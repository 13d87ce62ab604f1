import { existsSync } from "node:fs";

/** Debian's `chromium` package; CI installs it (see .ci/run). `CHROMIUM_PATH` overrides it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. The docs e2e test needs it: install it with ` +
        "`sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.",
    );
  }
  return path;
}

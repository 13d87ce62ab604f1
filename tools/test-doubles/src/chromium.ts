import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/**
 * Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it), never a downloaded browser, with the
 * flags this machine kind needs: no sandbox as root, no GPU, and no background networking (its connections are
 * refused here). `CHROMIUM_PATH` points at another binary. Used by the docs e2e test and the docs bench.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. The docs e2e test and bench need it: install it with ` +
        "`sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.",
    );
  }
  return chromium.launch({ executablePath, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
}

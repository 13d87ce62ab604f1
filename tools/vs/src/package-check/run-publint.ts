import { publint } from "publint";
import { formatMessage } from "publint/utils";
import type { Manifest } from "./publishable-packages.ts";

/**
 * publint on an unpacked tarball. `pack: false` is right here: the folder holds exactly the published files.
 * Suggestions are reported too; only warnings and errors fail the check.
 */
export async function runPublint(unpackedDir: string, manifest: Manifest): Promise<{ failures: string[]; suggestions: string[] }> {
  const { messages } = await publint({ pkgDir: unpackedDir, pack: false, level: "suggestion" });
  const text = (m: (typeof messages)[number]) => formatMessage(m, manifest, { color: false }) ?? m.code;
  return {
    failures: messages.filter((m) => m.type !== "suggestion").map(text),
    suggestions: messages.filter((m) => m.type === "suggestion").map(text),
  };
}

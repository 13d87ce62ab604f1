import type { Bump } from "./changesets.ts";
import type { Finding } from "./rules.ts";

/**
 * The smallest bump that releases these spec changes honestly: a breaking change needs a major, or a minor
 * while the package is 0.x (semver's "anything may change" range, where changesets bumps minor for breaks);
 * any other change needs at least a patch, because the client ships the spec. Undefined when nothing changed.
 */
export function requiredBump(findings: readonly Finding[], version: string): Bump | undefined {
  if (findings.some((f) => f.breaking)) return /^0\./.test(version) ? "minor" : "major";
  return findings.length > 0 ? "patch" : undefined;
}

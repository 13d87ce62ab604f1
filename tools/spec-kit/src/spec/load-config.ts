import { join } from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";

/** The shared `redocly.yaml` at the repo root: one set of rules for every vendor. */
export function loadRepoConfig(root: string): Promise<Config> {
  return loadConfig({ configPath: join(root, "redocly.yaml") });
}

#!/usr/bin/env node
// Repo tooling entry point. Sources are TypeScript run through tsx, so there is no build step for tooling.
import { register } from "tsx/esm/api";
register();
await import("../src/cli.ts");

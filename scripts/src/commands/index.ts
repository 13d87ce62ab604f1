import type { Command } from "./command.ts";
import { benchCommand } from "./bench.ts";
import { codegenCommand } from "./codegen.ts";
import { devCommand } from "./dev.ts";
import { docsServeCommand, mockCommand, startCommand } from "./serve.ts";
import { newVendorCommand } from "./new-vendor.ts";
import { specCommand } from "./spec.ts";
import { verifyCommand } from "./verify.ts";
import { apiDiffCommand, apiSnapshotCommand } from "./api-diff.ts";
import { packageCheckCommand } from "../package-check/command.ts";
import { smokeCommand } from "../smoke/command.ts";

export const commands: Record<string, Command> = {
  start: startCommand,
  mock: mockCommand,
  "docs:serve": docsServeCommand,
  spec: specCommand,
  codegen: codegenCommand,
  verify: verifyCommand,
  bench: benchCommand,
  "new-vendor": newVendorCommand,
  dev: devCommand,
  "api:diff": apiDiffCommand,
  "api:snapshot": apiSnapshotCommand,
  "package-check": packageCheckCommand,
  smoke: smokeCommand,
};

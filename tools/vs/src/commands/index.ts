import type { Command } from "../cli/command-definition.ts";
import { packageCheckCommand } from "../package-check/command.ts";
import { smokeCommand } from "../smoke/command.ts";
import { apiDiffCommand, apiSnapshotCommand } from "./api-diff.ts";
import { benchCommand } from "./bench.ts";
import { codegenCommand } from "./codegen.ts";
import { devCommand } from "./dev.ts";
import { generateCommand } from "./generate.ts";
import { newVendorCommand } from "./new-vendor.ts";
import { docsServeCommand, mockCommand, startCommand } from "./serve.ts";
import { specCommand } from "./spec.ts";
import { verifyCommand } from "./verify.ts";

/** Every `vs` command, in the order `vs --help` lists them. Each module loads its heavy engine only when run. */
export const commands: readonly Command[] = [
  startCommand,
  mockCommand,
  docsServeCommand,
  devCommand,
  generateCommand,
  codegenCommand,
  specCommand,
  verifyCommand,
  benchCommand,
  newVendorCommand,
  apiDiffCommand,
  apiSnapshotCommand,
  packageCheckCommand,
  smokeCommand,
];

import type { Command } from "./command.ts";
import { codegenCommand } from "./codegen.ts";
import { specCommand } from "./spec.ts";

export const commands: Record<string, Command> = {
  spec: specCommand,
  codegen: codegenCommand,
};

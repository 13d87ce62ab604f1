import type { ChildSpec } from "../processes/run-children.ts";
import { turboBin } from "@vendor-sdks/spec-kit/workspace/build-packages";

/** The workspace's turbo with `args`, run from the repo root. */
export const turboChild = (root: string, args: readonly string[]): ChildSpec => ({
  label: "turbo",
  command: process.execPath,
  args: [turboBin(root), ...args],
  cwd: root,
});

import { join } from "node:path";
import { runToCompletion, superviseChildren, type ChildSpec } from "../processes/run-children.ts";
import { turboBin } from "../workspace/build-packages.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import type { Command } from "./command.ts";

const turbo = (root: string, args: string[]): ChildSpec => ({
  label: "turbo",
  command: process.execPath,
  args: [turboBin(root), ...args],
  cwd: root,
});

const mockServer = (root: string, args: readonly string[]): ChildSpec => ({
  label: "mock server",
  command: process.execPath,
  args: [join(root, "apps", "mock-server", "dist", "cli.js"), ...args],
  cwd: root,
});

const docsServer = (root: string, args: readonly string[]): ChildSpec => ({
  label: "docs server",
  command: process.execPath,
  args: ["--import", "tsx", join("src", "serve.ts"), ...args],
  cwd: join(root, "apps", "docs"),
});

/** `vs start`: build everything, then serve the docs site and every vendor's mock until Ctrl-C. */
export const startCommand: Command = {
  summary: "start: build everything, then serve the docs site and all mocks (the README's main job)",
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turbo(root, ["run", "build", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([mockServer(root, args), docsServer(root, [])]);
  },
};

/** `vs mock [vendor…] [flags]`: build what the mock server needs, then run it in the foreground. */
export const mockCommand: Command = {
  summary: "mock [vendor…]: serve Prism mocks (all vendors, or the ones named)",
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turbo(root, ["run", "build", "--filter=@vendor-sdks/mock-server...", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([mockServer(root, args)]);
  },
};

/** `vs docs:serve`: build the docs site, then serve it. */
export const docsServeCommand: Command = {
  summary: "docs:serve: build the docs site, then serve apps/docs/dist",
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turbo(root, ["run", "build", "--filter=@vendor-sdks/docs...", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([docsServer(root, args)]);
  },
};

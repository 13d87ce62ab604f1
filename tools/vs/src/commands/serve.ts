import { join } from "node:path";
import { defineForwardingCommand } from "../cli/command-definition.ts";
import type { ForwardedCli } from "../cli/forwarded-cli.ts";
import { runToCompletion, superviseChildren, type ChildSpec } from "../processes/run-children.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { turboChild } from "./turbo-child.ts";

/** The mock server's CLI (`vendor-mock`) declares its own arguments; vs hands them over. */
const MOCK_SERVER: ForwardedCli = { label: "the mock server", packageDir: join("apps", "mock-server"), sourceEntry: join("src", "cli.ts") };
/** The docs server (`apps/docs/src/serve.ts`) declares its own options; vs hands them over. */
const DOCS_SERVER: ForwardedCli = { label: "the docs server", packageDir: join("apps", "docs"), sourceEntry: join("src", "serve.ts") };

export const mockServer = (root: string, args: readonly string[]): ChildSpec => ({
  label: "mock server",
  command: process.execPath,
  args: [join(root, MOCK_SERVER.packageDir, "dist", "cli.js"), ...args],
  cwd: root,
});

const docsServer = (root: string, args: readonly string[]): ChildSpec => ({
  label: "docs server",
  command: process.execPath,
  args: ["--import", "tsx", DOCS_SERVER.sourceEntry, ...args],
  cwd: join(root, DOCS_SERVER.packageDir),
});

const mockServerArguments = (whatElse: string) => ({
  name: "mock server arguments",
  variadic: true,
  description: `Vendors and options of the mock server (its usage follows), handed over as they are${whatElse}`,
});

/** `vs start`: build everything, then serve the docs site and every vendor's mock until Ctrl-C. */
export const startCommand = defineForwardingCommand({
  name: "start",
  summary: "build everything, then serve the docs site and every vendor's mock until Ctrl-C (the README's main job)",
  arguments: [mockServerArguments("; the docs server runs with its defaults")],
  options: {},
  examples: ["pnpm start", "pnpm start --verbose"],
  forwardsTo: MOCK_SERVER,
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turboChild(root, ["run", "build", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([mockServer(root, args), docsServer(root, [])]);
  },
});

/** `vs mock [vendor…] [flags]`: build what the mock server needs, then run it in the foreground. */
export const mockCommand = defineForwardingCommand({
  name: "mock",
  summary: "serve Prism mocks of every vendor, or of the ones named, until Ctrl-C",
  arguments: [mockServerArguments("")],
  options: {},
  examples: ["pnpm mock", "pnpm mock hania --port hania=5010 --verbose"],
  forwardsTo: MOCK_SERVER,
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turboChild(root, ["run", "build", "--filter=@vendor-sdks/mock-server...", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([mockServer(root, args)]);
  },
});

/** `vs docs:serve`: build the docs site, then serve it. */
export const docsServeCommand = defineForwardingCommand({
  name: "docs:serve",
  summary: "build the docs site, then serve apps/docs/dist until Ctrl-C",
  arguments: [{ name: "docs server options", variadic: true, description: "Options of the docs server (its usage follows), handed over as they are" }],
  options: {},
  examples: ["pnpm docs:serve", "pnpm docs:serve --port 4100"],
  forwardsTo: DOCS_SERVER,
  async run(args) {
    const root = findRepoRoot();
    const built = await runToCompletion(turboChild(root, ["run", "build", "--filter=@vendor-sdks/docs...", "--output-logs=errors-only"]));
    if (built !== 0) return built;
    return superviseChildren([docsServer(root, args)]);
  },
});

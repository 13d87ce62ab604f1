#!/usr/bin/env node
import { formatServerTable } from "./cli/format-table.js";
import { parseArgs, USAGE } from "./cli/parse-args.js";
import { MocksFailedError } from "./mock-start-error.js";
import { formatScenarios } from "./scenarios/format-scenarios.js";
import { vendorScenarios } from "./scenarios/vendor-scenarios.js";
import { findWorkspaceRootOrUndefined } from "./workspace/find-root.js";
import { startMocks, type RunningMocks } from "./start-mocks.js";

/** `vendor-mock [vendor...]`: exit 0 after a clean Ctrl+C, 1 when a mock cannot start, 2 on bad usage. */
async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.scenarios) {
    try {
      const root = args.root ?? findWorkspaceRootOrUndefined(process.cwd());
      process.stdout.write(formatScenarios(await vendorScenarios(root, args.vendors, args.specs)));
      return 0;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
  }

  const started = performance.now();
  let mocks: RunningMocks | undefined;
  let exitCode = 0;
  let stopping: Promise<void> | undefined;
  const shutdown = (code: number): void => {
    exitCode = Math.max(exitCode, code);
    if (!mocks) return;
    stopping ??= mocks.stop().then(() => process.exit(exitCode));
    // a client holding a connection open must not keep the ports taken: exit within the promised 2 s regardless
    setTimeout(() => process.exit(exitCode), 1_500).unref();
  };
  try {
    // The parsed arguments already leave out the options not given (`help` and `scenarios` were handled above).
    const { help: _help, scenarios: _scenarios, ...options } = args;
    mocks = await startMocks(options);
  } catch (error) {
    if (error instanceof MocksFailedError) process.stderr.write(`Mock server failed to start:\n${error.message}\n`);
    else process.stderr.write(`Mock server failed to start: ${(error as Error).message}\n`);
    return 1;
  }

  process.once("SIGINT", () => shutdown(0));
  process.once("SIGTERM", () => shutdown(0));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${formatServerTable(mocks.servers)}\n\n${mocks.servers.length} mock(s) ready in ${seconds} s. ` +
      `Scenarios: Prefer: code=429 | example=<name> | dynamic=true. Ctrl+C stops them.\n`,
  );
  return new Promise<number>(() => {}); // runs until a signal calls shutdown()
}

process.exitCode = await main();

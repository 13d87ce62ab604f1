import { basename } from "node:path";
import { commands } from "./commands/index.ts";

/**
 * `vs <command> [...]`: the repo's one tooling entry point. Package scripts run it in their own folder, so a
 * command that works on one vendor takes the vendor from the current directory's name.
 */
const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  const list = Object.entries(commands)
    .map(([n, c]) => `  vs ${n.padEnd(16)} ${c.summary}`)
    .join("\n");
  process.stderr.write(`${name ? `Unknown command "${name}".\n` : ""}Usage:\n${list}\n`);
  process.exit(name ? 2 : 0);
}
try {
  process.exitCode = await command.run(args, { cwdName: basename(process.cwd()) });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

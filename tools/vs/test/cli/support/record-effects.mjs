// `node --import <this file> …` with RECORD_EFFECTS_TO=<file>: appends one line per effect of the process to <file>,
// so a test can see what a code path did, whatever else runs on the machine:
//   import <importer URL> <resolved URL>   every module resolved
//   write <absolute path>                  every file or folder created, changed or removed under RECORD_WRITES_UNDER
//   spawn <command> <JSON arguments>       every child process
import childProcess from "node:child_process";
import fs from "node:fs";
import { register, syncBuiltinESMExports } from "node:module";
import { resolve, sep } from "node:path";

const file = process.env.RECORD_EFFECTS_TO;
const under = process.env.RECORD_WRITES_UNDER;
if (file) {
  // written through a descriptor: fs.appendFileSync would call the wrapped writeFileSync, and its writes are not effects
  const fd = fs.openSync(file, "a");
  const record = (line) => fs.writeSync(fd, `${line}\n`);

  register(
    `data:text/javascript,${encodeURIComponent(`
      import { appendFileSync } from "node:fs";
      export async function resolve(specifier, context, next) {
        const result = await next(specifier, context);
        appendFileSync(${JSON.stringify(file)}, "import " + (context.parentURL ?? "-") + " " + result.url + "\\n");
        return result;
      }
    `)}`,
  );

  // name → how many leading arguments are paths (a copy or a rename writes its destination)
  const writes = { appendFile: 1, copyFile: 2, cp: 2, mkdir: 1, mkdtemp: 1, rename: 2, rm: 1, rmdir: 1, symlink: 2, truncate: 1, unlink: 1, writeFile: 1, createWriteStream: 1 };
  const inside = (path) => under !== undefined && (path === under || path.startsWith(under + sep));
  const wrap = (target, name, describe) => {
    const original = target[name];
    if (typeof original !== "function") return;
    target[name] = function (...args) {
      for (const line of describe(args)) record(line);
      return original.apply(this, args);
    };
  };
  for (const [name, pathCount] of Object.entries(writes)) {
    const describe = (args) =>
      args
        .slice(0, pathCount)
        .map((a) => (a instanceof URL ? a.pathname : a))
        .filter((a) => typeof a === "string")
        .map((a) => resolve(a))
        .filter(inside)
        .map((path) => `write ${path}`);
    for (const target of [fs, fs.promises]) wrap(target, name, describe);
    wrap(fs, `${name}Sync`, describe);
  }
  for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) {
    wrap(childProcess, name, (args) => [`spawn ${args[0]} ${JSON.stringify(Array.isArray(args[1]) ? args[1] : [])}`]);
  }
  syncBuiltinESMExports(); // so that `import { spawn } from "node:child_process"` sees the wrappers too
}

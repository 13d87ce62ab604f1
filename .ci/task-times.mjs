// CI's own summary of where test time goes: reads the newest turbo run summary (`pnpm test --summarize`) and prints
// each vendor's total (its spec package and its client package) and the slowest tasks, so growth per vendor shows.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const runs = ".turbo/runs";
if (!existsSync(runs)) {
  console.log("task-times: no turbo run summary (.turbo/runs) to report.");
  process.exit(0);
}
const newest = readdirSync(runs)
  .filter((f) => f.endsWith(".json"))
  .map((f) => join(runs, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!newest) process.exit(0);
const summary = JSON.parse(readFileSync(newest, "utf8"));

// Which vendor a package belongs to, from the same field vendor discovery reads (specs/<name>/package.json).
const vendorOf = new Map();
for (const name of readdirSync("specs")) {
  const file = join("specs", name, "package.json");
  if (!existsSync(file)) continue;
  const pkg = JSON.parse(readFileSync(file, "utf8"));
  if (!pkg.vendorSdks) continue;
  vendorOf.set(pkg.name, pkg.vendorSdks.vendor);
  vendorOf.set(pkg.vendorSdks.client, pkg.vendorSdks.vendor);
}

const seconds = (t) => (t.execution.endTime - t.execution.startTime) / 1000;
const tasks = summary.tasks.filter((t) => t.execution?.startTime && t.execution?.endTime);
const wall = (Math.max(...tasks.map((t) => t.execution.endTime)) - Math.min(...tasks.map((t) => t.execution.startTime))) / 1000;
const perGroup = new Map();
for (const t of tasks) {
  const group = vendorOf.get(t.package) ?? t.package;
  perGroup.set(group, (perGroup.get(group) ?? 0) + seconds(t));
}
console.log(`\nTask time by vendor and package (${tasks.length} tasks, ${wall.toFixed(0)} s wall; cache hits count ~0 s):`);
for (const [group, total] of [...perGroup].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${group.padEnd(32)} ${total.toFixed(1).padStart(7)} s${vendorOf.has(`@vendor-sdks/${group}`) ? "   (vendor: spec + client)" : ""}`);
}
console.log("Slowest tasks:");
for (const t of [...tasks].sort((a, b) => seconds(b) - seconds(a)).slice(0, 8)) {
  console.log(`  ${t.taskId.padEnd(48)} ${seconds(t).toFixed(1).padStart(7)} s${t.cache?.status === "HIT" ? " (cache)" : ""}`);
}

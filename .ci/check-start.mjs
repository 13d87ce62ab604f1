// CI check of the README's main job: `pnpm start` builds, then serves the docs site and every vendor's mock. It
// reads the URLs from what `pnpm start` prints (the mock table and the docs line), so no port is restated here,
// checks that each answers over HTTP, then stops it with Ctrl-C as a user would and expects every port freed.
import { spawn } from "node:child_process";
import { connect } from "node:net";

const READY_WITHIN_MS = 300_000; // a cold build included; turbo replays it when `pnpm test` ran first
const STOP_WITHIN_MS = 10_000;

const child = spawn("pnpm", ["start"], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
for (const stream of [child.stdout, child.stderr]) {
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
}
const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

function fail(message) {
  console.error(`check-start: ${message}`);
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {}
  process.exit(1);
}

const readyLine = () => /(\d+) mock\(s\) ready/.exec(output);
const docsLine = () => /Docs site: (http:\/\/[^/\s]+)\//.exec(output);
const deadline = Date.now() + READY_WITHIN_MS;
const outcome = await Promise.race([
  exited.then((e) => ({ exited: e })),
  (async () => {
    while (!(readyLine() && docsLine())) {
      if (Date.now() > deadline) return { timedOut: true };
      await new Promise((r) => setTimeout(r, 250));
    }
    return {};
  })(),
]);
if (outcome.exited) fail(`pnpm start exited (${JSON.stringify(outcome.exited)}) before serving.`);
if (outcome.timedOut) fail(`pnpm start printed no ready line and docs line within ${READY_WITHIN_MS / 1000} s.`);

const mockCount = Number(readyLine()[1]);
const docsOrigin = docsLine()[1];
// The table's rows: vendor, mock URL, docs URL. The mock URL is the second column.
const mockOrigins = [...output.matchAll(/^\s*\S+\s+(http:\/\/[^/\s]+)\s+http/gm)].map((m) => m[1]);
if (mockOrigins.length !== mockCount) fail(`expected ${mockCount} mock URLs in the table, found ${mockOrigins.length}.`);

async function answers(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  return response.status;
}
const docsStatus = await answers(`${docsOrigin}/`);
if (docsStatus !== 200) fail(`the docs site answered ${docsStatus} at ${docsOrigin}/.`);
for (const origin of mockOrigins) {
  const status = await answers(`${origin}/`).catch((error) => fail(`the mock at ${origin} did not answer: ${error.message}`));
  if (status >= 500) fail(`the mock at ${origin} answered ${status}.`);
  console.log(`check-start: ${origin} answered ${status}`);
}
console.log(`check-start: docs at ${docsOrigin} and ${mockCount} mocks answer; stopping with SIGINT.`);

process.kill(-child.pid, "SIGINT");
const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), STOP_WITHIN_MS))]);
if (!stopped) fail(`pnpm start did not stop within ${STOP_WITHIN_MS / 1000} s of SIGINT.`);

const portFree = (origin) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(origin);
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });
for (const origin of [docsOrigin, ...mockOrigins]) {
  if (!(await portFree(origin))) fail(`${origin} still accepts connections after pnpm start stopped.`);
}
console.log("check-start: pnpm start served and stopped cleanly.");

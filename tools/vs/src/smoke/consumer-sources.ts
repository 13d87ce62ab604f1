import type { CallPlan } from "./call-plan.ts";

/** What each consumer script prints for one vendor (one JSON line per vendor). */
export interface ConsumerCallResult {
  readonly vendor: string;
  readonly status?: number;
  readonly hasData?: boolean;
  /** The client's generated operation table, reached through the package's public exports, names the operation. */
  readonly operationExported?: boolean;
  readonly error?: string;
}

/** Secret handed to every mock: Prism only checks that credentials are present. */
const SECRET = "smoke-test-secret";

/**
 * A consumer script as a user would write it: static `import` (ESM) or `require()` (CommonJS) of each client,
 * then one call per vendor against the mock URL given in argv as `{ vendor: baseUrl }`.
 */
export function consumerScript(kind: "esm" | "cjs", plans: readonly CallPlan[]): string {
  const load = plans.map((p, i) =>
    kind === "esm" ? `import * as client${i} from ${JSON.stringify(p.clientPackage)};` : `const client${i} = require(${JSON.stringify(p.clientPackage)});`,
  );
  const calls = plans.map((p, i) => `  await call(client${i}, ${JSON.stringify(p)});`);
  const body = `const baseUrls = JSON.parse(process.argv[2]);
async function call(mod, plan) {
  try {
    const client = mod[plan.factory]({ [plan.credentialOption]: ${JSON.stringify(SECRET)}, baseUrl: baseUrls[plan.vendor], allowInsecureHttp: true, retries: 0 });
    const { response, data } = await client.GET(plan.path, { params: plan.params });
    console.log(JSON.stringify({ vendor: plan.vendor, status: response.status, hasData: data !== undefined, operationExported: plan.operationId in mod.operationTable }));
  } catch (error) {
    console.log(JSON.stringify({ vendor: plan.vendor, error: String(error && error.stack || error) }));
  }
}`;
  if (kind === "esm") return `${load.join("\n")}\n\n${body}\n\n${calls.join("\n")}\n`;
  return `"use strict";\n${load.join("\n")}\n\n${body}\n\n(async () => {\n${calls.join("\n")}\n})();\n`;
}

/**
 * A typed consumer file: each client's factory with typed options, a typed `GET` on a path from the spec, and a
 * path the spec lacks that must not compile (if the published types degraded to `any`, the expect-error fails).
 */
export function consumerTypeScript(plans: readonly CallPlan[]): string {
  const imports = plans.map((p) => `import { ${p.factory} } from ${JSON.stringify(p.clientPackage)};`);
  const blocks = plans.map((p, i) => {
    const params = JSON.stringify(p.params);
    return `export async function call${i}(baseUrl: string): Promise<number> {
  const client = ${p.factory}({ ${p.credentialOption}: "${SECRET}", baseUrl, allowInsecureHttp: true, streamIdleTimeoutMs: 30_000 });
  const { response } = await client.GET(${JSON.stringify(p.path)}, { params: ${params} });
  // @ts-expect-error not a path of the ${p.vendor} spec
  await client.GET("/not-a-path-of-the-spec", {});
  return response.status;
}`;
  });
  return `${imports.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}

/**
 * A TypeScript consumer's setup: its type environment (`node`: a Node-only project, `lib: ["ES2022"]` and
 * `types: ["node"]`, so no DOM declarations; `dom`: DOM lib and no @types/node, as in a browser app) and its
 * module resolution. Every variant is strict and checks our `.d.ts` files too (`skipLibCheck: false`).
 */
export interface TsconfigVariant {
  readonly environment: "node" | "dom";
  readonly resolution: "node16" | "bundler";
}

/** Every environment with every resolution mode a consumer is likely to use. */
export const TSCONFIG_VARIANTS: readonly TsconfigVariant[] = (["node", "dom"] as const).flatMap((environment) =>
  (["node16", "bundler"] as const).map((resolution) => ({ environment, resolution })),
);

/** `node-only/node16`, `dom/bundler`, …: the variant's name in reports and its tsconfig file name. */
export function variantName(variant: TsconfigVariant): string {
  return `${variant.environment === "node" ? "node-only" : "dom"}/${variant.resolution}`;
}

export function tsconfigFileName(variant: TsconfigVariant): string {
  return `tsconfig.${variantName(variant).replace("/", ".")}.json`;
}

export function consumerTsconfig(variant: TsconfigVariant): string {
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: "ES2022",
    module: variant.resolution === "node16" ? "node16" : "esnext",
    moduleResolution: variant.resolution,
    lib: variant.environment === "node" ? ["ES2022"] : ["ES2022", "DOM"],
    types: variant.environment === "node" ? ["node"] : [],
    skipLibCheck: false,
  };
  return `${JSON.stringify({ compilerOptions, files: ["consumer.ts"] }, null, 2)}\n`;
}

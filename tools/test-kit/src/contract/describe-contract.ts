import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OperationTable } from "@vendor-sdks/runtime/internal";
import { buildOperationTable, documentsSuccess, type ToolingOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { bundleSpec, writeBundle } from "@vendor-sdks/spec-kit/spec/bundle";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { formatIssues, pointerOf, SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { exampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { expectValidCall } from "./expect-valid-call.ts";
import { expectValidStream } from "./expect-valid-stream.ts";
import { prismStartTimeoutMs, startPrism, type PrismProcess } from "@vendor-sdks/spec-kit/prism/prism-process";

/** Any vendor client (typed `paths` differ per vendor); the suite reaches its methods by name. */
export type UntypedClient = object;

export interface ContractOptions {
  /** The vendor package folder (`new URL("../..", import.meta.url)` from `test/contract/`). */
  readonly packageDir: URL;
  readonly operationTable: OperationTable;
  /** Make the vendor's real client pointed at the mock. */
  readonly createClient: (baseUrl: string) => UntypedClient | Promise<UntypedClient>;
}

/**
 * Contract suite: every operation in the generated table is called through the vendor's generated client
 * against Prism (with `--errors`) serving the bundled spec; each must return its documented success status and
 * the body the spec declares for it (a stream: at least one event, each valid). The test list is the table, so an
 * operation added to the spec is covered automatically.
 */
export function describeContract(options: ContractOptions): void {
  const packageDir = fileURLToPath(options.packageDir);
  const root = findRepoRoot(packageDir);
  const vendor = getVendor(packageDir.replace(/\/$/, "").split("/").pop() ?? "", root);
  // The test list is the package's table; what each call must answer comes from the spec itself.
  const ids = Object.keys(options.operationTable);

  describe(`${vendor.name}: every operation against the Prism mock`, () => {
    let prism: PrismProcess;
    let doc: Record<string, unknown>;
    let validator: SpecValidator;
    let client: UntypedClient;
    let specOps: Record<string, ToolingOperation>;

    beforeAll(async () => {
      doc = (await bundleSpec(vendor, root)).document;
      specOps = buildOperationTable(doc);
      writeBundle(vendor, doc);
      validator = new SpecValidator(doc);
      prism = await startPrism(vendor.bundledJson, packageDir);
      client = await options.createClient(prism.url);
    }, 30_000 + prismStartTimeoutMs(ids.length));

    afterAll(async () => {
      await prism?.stop();
    });

    it("covers at least one operation, and exactly the spec's operations", () => {
      expect(ids.length).toBeGreaterThan(0);
      expect([...ids].sort()).toEqual(Object.keys(specOps).sort());
    });

    for (const [operationId, entry] of Object.entries(options.operationTable)) {
      it(`${operationId}: ${entry.method.toUpperCase()} ${entry.path}`, async (ctx) => {
        const op = specOps[operationId];
        if (!op) throw new Error(`${operationId} is in the generated table but not in the spec: run pnpm generate.`);
        // Nothing to call it for: the spec documents no success. Reported as skipped, with the reason.
        if (!documentsSuccess(op)) return ctx.skip(`${operationId} documents no 2xx response`);
        const req = exampleRequest(doc, pointerOf("paths", op.path), op, { generateMissing: true });
        if (req.generatedBodySchema) {
          const check = validator.validateAt(req.generatedBodySchema, req.body);
          if (!check.ok) throw new Error(`${operationId}: the request body has no example, and the one generated from its schema does not validate: add an example.\n${formatIssues(check.issues)}`);
        }
        if (op.streaming) await expectValidStream(op, req, client, validator);
        else await expectValidCall(op, req, client, validator, () => `Prism log tail:\n${prism.output().slice(-2000)}`);
      });
    }
  });
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { formatScenarios } from "../../src/scenarios/format-scenarios.js";
import { README, withScenarioSection } from "../../src/scenarios/update-readme.js";
import { vendorScenarios } from "../../src/scenarios/vendor-scenarios.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "..");

it("README lists every vendor's current scenarios (run `pnpm run readme` after a build to refresh)", async () => {
  const readme = readFileSync(README, "utf8");
  const section = formatScenarios(await vendorScenarios(ROOT));
  expect(readme).toBe(withScenarioSection(readme, section));
});

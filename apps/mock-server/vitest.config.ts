import { defineConfig } from "vitest/config";

// Tests start real Prism processes; on a shared, busy machine startup can take several seconds.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // each file starts its own mocks on free ports; running files one at a time keeps the CPU for Prism
    fileParallelism: false,
  },
});

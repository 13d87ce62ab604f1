// Shared by every vendor client package: see tools/test-kit/src/vitest/vendor-config.mjs.
export { default } from "@vendor-sdks/test-kit/vitest/vendor-config";

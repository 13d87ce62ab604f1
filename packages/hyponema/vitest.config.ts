// Shared by every vendor client package: see ../../vitest.vendor.ts.
export { default } from "../../vitest.vendor.ts";

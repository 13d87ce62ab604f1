export { createVendorHandlers, type VendorHandlersOptions } from "./create-vendor-handlers.js";
export type { MockScenario } from "./scenario-prefer.js";
export type { Override, OverrideAnswer, Overrides } from "./overrides.js";

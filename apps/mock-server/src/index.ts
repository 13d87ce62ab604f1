export { startMocks, DEFAULT_DOCS_URL, DEFAULT_HOST } from "./start-mocks.js";
export type { MockServer, RunningMocks, StartMocksOptions } from "./start-mocks.js";
export { MockStartError, MocksFailedError } from "./mock-start-error.js";
export { formatServerTable } from "./cli/format-table.js";

import { describeContract } from "@vendor-sdks/test-kit/contract/describe-contract";
import { createHapiClient, operationTable } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operationTable,
  // The client trades the access token for a JWT at the mock's POST /api/auth, as it would with a real hub.
  createClient: (baseUrl) => createHapiClient({ accessToken: "contract-test-token", baseUrl, retries: 0 }),
});

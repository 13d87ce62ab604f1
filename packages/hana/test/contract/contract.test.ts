import { describeContract } from "@vendor-sdks/test-kit/contract/describe-contract";
import { createHanaClient, operationTable } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operationTable,
  createClient: (baseUrl) => createHanaClient({ apiKey: "HANA-contract-test", baseUrl, allowInsecureHttp: true, retries: 0 }),
});

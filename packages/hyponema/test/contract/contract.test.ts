import { describeContract } from "@vendor-sdks/test-kit/contract/describe-contract";
import { createHyponemaClient, operationTable } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operationTable,
  createClient: (baseUrl) => createHyponemaClient({ apiKey: "hyp_contract_test", baseUrl, allowInsecureHttp: true, retries: 0 }),
});

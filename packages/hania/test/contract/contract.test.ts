import { describeContract } from "@vendor-sdks/test-kit/contract/describe-contract";
import { createHaniaClient, operationTable } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operationTable,
  createClient: (baseUrl) => createHaniaClient({ apiKey: "hania_sk_contract_test", baseUrl, allowInsecureHttp: true, retries: 0 }),
});

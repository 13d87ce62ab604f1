import { describeContract } from "@vendor-sdks/scripts/contract/describe-contract";
import { createHanaClient, operations } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operations,
  createClient: (baseUrl) => createHanaClient({ apiKey: "HANA-contract-test", baseUrl, allowInsecureHttp: true, retries: 0 }),
});

import { describeFixtures } from "@vendor-sdks/scripts/fixtures/describe-fixtures";
describeFixtures(new URL("..", import.meta.url));

import { describeFixtures } from "@vendor-sdks/test-kit/fixtures/describe-fixtures";
describeFixtures(new URL("..", import.meta.url));

import { describe, expect, it } from "vitest";
import { ChatStreamIncompleteError, ChatTurnError, MalformedWebhookError, VendorSdkError, WebhookVerificationError } from "../../src/index.js";

describe("Hyponema's own errors", () => {
  it.each([
    ["ChatTurnError", new ChatTurnError("LLM provider timed out", "provider_timeout")],
    ["ChatStreamIncompleteError", new ChatStreamIncompleteError("ended early")],
    ["MalformedWebhookError", new MalformedWebhookError("bad body")],
    ["WebhookVerificationError", new WebhookVerificationError("bad signature")],
  ])("%s is a VendorSdkError named after its class", (name, error) => {
    // One `catch (e) { if (e instanceof VendorSdkError) … }` covers every error the SDK throws.
    expect(error).toBeInstanceOf(VendorSdkError);
    expect(error.name).toBe(name);
  });
});

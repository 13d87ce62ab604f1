import type { CallOptions } from "@vendor-sdks/runtime";
import type { HapiClient } from "./client.js";

/** Marks an event-stream connection (by the `subscriptionId` of its `connection-changed`) visible or hidden. */
export async function setVisibility(client: HapiClient, subscriptionId: string, visibility: "visible" | "hidden", options?: CallOptions): Promise<void> {
  await client.unwrap(client.POST("/api/visibility", { body: { subscriptionId, visibility }, ...options }));
}

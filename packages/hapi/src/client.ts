import { VendorSdkError, type VendorClient, type VendorClientOptions } from "@vendor-sdks/runtime";
import { createVendorClient, envValue } from "@vendor-sdks/runtime/internal";
import { composeAccessToken } from "./access-token.js";
import { HapiApiError } from "./errors.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";
import { bindJwtSession, JwtSession } from "./jwt-session.js";

export interface HapiClientOptions extends Omit<VendorClientOptions, "apiKey" | "auth"> {
  /**
   * The hub's access token (`CLI_API_TOKEN`, optionally `token:namespace`). It is only ever sent to
   * `POST /api/auth`, in the body; every other call carries the JWT it is exchanged for. Defaults to the
   * `HAPI_ACCESS_TOKEN` environment variable where there is one.
   */
  readonly accessToken?: string;
  /** Namespace to act in (appended as `:namespace`); the hub's default is `default` (the owner). */
  readonly namespace?: string;
  /** Renew the JWT this long before its `exp`; default 60 000. */
  readonly renewBeforeMs?: number;
}

/**
 * The HAPI client: typed `GET`/`POST`/… plus `unwrap` and `rateLimit`; pass it to `paginate`, `pages`, `stream` and
 * HAPI's own `events()`, `setVisibility()`, `messages()`, `messagePages()` and `jwtOf()`.
 */
export type HapiClient = VendorClient<paths, typeof operationTable, typeof specInfo>;

/** Creates a HAPI Hub client (default hub `http://127.0.0.1:3006`). */
export function createHapiClient(options: HapiClientOptions = {}): HapiClient {
  const { accessToken, namespace, renewBeforeMs, ...clientOptions } = options;
  const token = accessToken ?? envValue("HAPI_ACCESS_TOKEN");
  if (token === undefined) throw new VendorSdkError("@vendor-sdks/hapi needs the hub's access token: pass { accessToken } or set HAPI_ACCESS_TOKEN.");
  const credential = composeAccessToken(token, namespace);
  const session: JwtSession = new JwtSession({
    renewBeforeMs,
    exchange: async (): Promise<string> => {
      const { token } = await client.unwrap(client.POST("/api/auth", { body: { accessToken: credential } }));
      return token;
    },
  });
  const client: HapiClient = createVendorClient<paths, typeof operationTable, typeof specInfo>(
    {
      spec: specInfo,
      operationTable,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: (init) => new HapiApiError(init),
    },
    { ...clientOptions, auth: session },
  );
  bindJwtSession(client, session);
  return client;
}

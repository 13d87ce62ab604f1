import type { AuthOption } from "./auth-option.ts";

/** Everything the scaffold's files are made from, validated. */
export interface VendorScaffold {
  readonly name: string;
  readonly title: string;
  readonly baseUrl: string;
  readonly auth: AuthOption;
  readonly mockPort: number;
}

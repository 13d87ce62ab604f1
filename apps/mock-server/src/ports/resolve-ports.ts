import { mockPortEnvName as portEnvName, parsePort } from "@vendor-sdks/spec-kit/workspace/ports";
import type { MockVendor } from "../workspace/discover-vendors.js";

/**
 * The port each vendor listens on: an explicit override (`--port hania=5010`) beats the environment
 * (`MOCK_PORT_HANIA=5010`), which beats the spec package's `vendorSdks.mockPort`. `known` is every vendor in the
 * workspace (default: `vendors`): an override for any other name is a typo and an error, while one for a known
 * vendor that is not being started is allowed (a script may pass every port and start only some vendors).
 */
export function resolvePorts(
  vendors: readonly MockVendor[],
  overrides: Readonly<Record<string, number>>,
  env: NodeJS.ProcessEnv,
  known: readonly MockVendor[] = vendors,
): Map<string, number> {
  for (const [name, port] of Object.entries(overrides)) {
    if (!known.some((v) => v.name === name)) {
      throw new Error(`Unknown vendor "${name}" in --port ${name}=${port}. Known vendors: ${known.map((v) => v.name).join(", ") || "(none)"}.`);
    }
  }
  const ports = new Map<string, number>();
  for (const vendor of vendors) {
    const fromEnv = env[portEnvName(vendor.name)];
    const port = overrides[vendor.name] ?? (fromEnv === undefined || fromEnv === "" ? vendor.mockPort : parsePort(fromEnv, portEnvName(vendor.name)));
    ports.set(vendor.name, port);
  }
  const seen = new Map<number, string>();
  for (const [vendor, port] of ports) {
    const other = seen.get(port);
    if (other !== undefined && port !== 0) throw new Error(`${other} and ${vendor} are both set to port ${port}; give each vendor its own port.`);
    seen.set(port, vendor);
  }
  return ports;
}

export { parsePort, portEnvName };

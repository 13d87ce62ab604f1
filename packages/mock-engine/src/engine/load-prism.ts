import { createRequire } from "node:module";
import type * as PrismHttp from "@stoplight/prism-http";

const require = createRequire(import.meta.url);
const prismEntry = require.resolve("@stoplight/prism-http");
/** `require` as seen from prism-http's own folder, so its dependencies resolve to exactly the versions it was built with. */
export const prismRequire = createRequire(prismEntry);
let loaded: typeof PrismHttp | undefined;

/**
 * prism-http, loaded with its data generator's faker (@faker-js/faker with every locale, ~1.4 s of a 2.5 s load
 * on a busy 2-core machine) deferred until a body is first generated. Prism hands faker to json-schema-faker at
 * load time but only calls it for `Prefer: dynamic=true`; until then it holds a stand-in that loads the real
 * faker on first use and forwards everything to it.
 */
export function loadPrism(): typeof PrismHttp {
  if (loaded) return loaded;
  const fakerPath = prismRequire.resolve("@faker-js/faker");
  if (require.cache[fakerPath] === undefined) {
    let real: Record<string | symbol, unknown> | undefined;
    const load = (): Record<string | symbol, unknown> => {
      if (!real) {
        delete require.cache[fakerPath]; // let the real module take its place
        real = (prismRequire(fakerPath) as { faker: Record<string | symbol, unknown> }).faker;
      }
      return real;
    };
    const lazyFaker = new Proxy({} as Record<string | symbol, unknown>, {
      get: (_target, key) => load()[key],
      has: (_target, key) => key in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
        return descriptor ? { ...descriptor, configurable: true } : undefined;
      },
    });
    const stub = { id: fakerPath, filename: fakerPath, loaded: true, exports: { __esModule: true, default: lazyFaker, faker: lazyFaker } };
    require.cache[fakerPath] = stub as unknown as NodeJS.Module;
  }
  loaded = prismRequire(prismEntry) as typeof PrismHttp;
  return loaded;
}

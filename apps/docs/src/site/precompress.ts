import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { isHashedFileName } from "./hashed-name.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and archives are left alone. */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".yaml", ".md", ".txt", ".svg", ".map"]);

/** The encodings the build emits, best first, with the sibling suffix a static host looks for. */
export const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase());
}

/**
 * Brotli quality per file. A content-hashed asset is compressed once per version and cached for good, so it gets
 * the maximum (11: Redoc's bundle 273 kB, 5–6 s of CPU). Pages, Markdown and specs change with every spec edit
 * and are rebuilt in watch mode: 9 is within 7 % of 11 on them (HAPI's page 78 kB vs 73 kB) at a tenth of the time.
 */
function brotliQuality(file: string): number {
  return isHashedFileName(basename(file)) ? constants.BROTLI_MAX_QUALITY : 9;
}

/**
 * Write `<file>.br` (brotli) and `<file>.gz` (gzip, level 9) beside each compressible file, so any host can serve
 * them with `Content-Encoding` and no work per request. A sibling that would not be smaller is not written (the
 * host then serves the file as it is). Compression runs on libuv's thread pool, beside the caller's own work.
 */
export async function precompress(files: readonly string[]): Promise<void> {
  await Promise.all(
    files.filter(isCompressible).map(async (file) => {
      const bytes = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
        gzipAsync(bytes, { level: 9 }),
      ]);
      // A stale sibling from an earlier build must not outlive the file it was made from.
      await (br.length < bytes.length ? writeFile(`${file}.br`, br) : rm(`${file}.br`, { force: true }));
      await (gz.length < bytes.length ? writeFile(`${file}.gz`, gz) : rm(`${file}.gz`, { force: true }));
    }),
  );
}

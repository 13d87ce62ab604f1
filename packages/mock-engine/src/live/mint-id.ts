
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// a digit run this short is a counter (HAPI's `seq`); a longer one is a random number of the same length
const MAX_SEQUENCE_DIGITS = 5;

/**
 * Ids shaped like a documented example: a UUID gives UUIDs; otherwise each hex run becomes random hex of the same
 * length and case, a short run of digits a sequence number, a longer one random digits, and separators and other
 * words stay. With a sequence (HAPI's `epoch:seq:tag`) the hex runs are drawn once, as the vendor keeps them per
 * process; without one they are drawn per id. An example with nothing to vary (`...`, `SESSION_ID`) or no example
 * gives UUIDs.
 */
export function createIdMinter(example: string | undefined): () => string {
  if (example === undefined || UUID.test(example)) return () => crypto.randomUUID();
  const parts = example.split(/([^A-Za-z0-9]+)/);
  const isSequence = (part: string): boolean => /^\d+$/.test(part) && part.length <= MAX_SEQUENCE_DIGITS;
  const isNumber = (part: string): boolean => /^\d+$/.test(part) && part.length > MAX_SEQUENCE_DIGITS;
  const isHex = (part: string): boolean => !/^\d+$/.test(part) && (/^[0-9a-f]+$/.test(part) || /^[0-9A-F]+$/.test(part));
  if (!parts.some((part) => isSequence(part) || isNumber(part) || isHex(part))) return () => crypto.randomUUID();
  const counted = parts.some(isSequence);
  const hex = (part: string): string => {
    const drawn = Array.from(crypto.getRandomValues(new Uint8Array(Math.ceil(part.length / 2))), (byte) => byte.toString(16).padStart(2, "0")).join("").slice(0, part.length);
    return /[A-F]/.test(part) ? drawn.toUpperCase() : drawn;
  };
  const digits = (part: string): string => String(1 + randomBelow(9)) + Array.from({ length: part.length - 1 }, () => randomBelow(10)).join("");
  const fixed = parts.map((part) => (isHex(part) ? hex(part) : part));
  let seq = 0;
  return () => {
    seq += 1;
    return parts
      .map((part, i) => {
        if (isSequence(part)) return String(seq);
        if (isNumber(part)) return digits(part);
        if (isHex(part)) return counted ? (fixed[i] as string) : hex(part);
        return part;
      })
      .join("");
  };
}

/** A random whole number from 0 to `limit` - 1, from the Web Crypto global (the engine also runs where MSW does). */
function randomBelow(limit: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % limit;
}

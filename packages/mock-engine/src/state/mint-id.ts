
/** Makes new ids that look like the vendor's documented ones. */
export type IdMinter = () => string;

// 8-4-4-4-12: a UUID, or a vendor's placeholder shaped like one (`w1c2d3e4-…`), which stands for a UUID
const UUID_SHAPED = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
// a literal prefix (`hyp_`, `note-`) then the random part
const PREFIXED = /^(.*[_\-:.])?([A-Za-z0-9]+)$/;
// a random part shorter than this is a placeholder (`SESSION_ID`, `machine-1`), not a format to copy
const MIN_RANDOM_LENGTH = 6;

const ALPHABETS = [
  "0123456789",
  "0123456789abcdef",
  "0123456789ABCDEF",
  "0123456789abcdefghijklmnopqrstuvwxyz",
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
] as const;

/**
 * A minter for ids in the format of the first documented example id that has one: a UUID when it is (or is shaped
 * like) one, else its prefix and a random part of the same length and alphabet. Without a usable example: UUIDs.
 */
export function idMinter(examples: readonly unknown[]): IdMinter {
  for (const example of examples) {
    if (typeof example !== "string") continue;
    if (UUID_SHAPED.test(example)) return example === example.toUpperCase() ? () => crypto.randomUUID().toUpperCase() : randomUUID;
    const match = PREFIXED.exec(example);
    const random = match?.[2];
    if (match === null || random === undefined || random.length < MIN_RANDOM_LENGTH || !/\d/.test(random)) continue;
    const prefix = match[1] ?? "";
    const alphabet = ALPHABETS.find((letters) => [...random].every((c) => letters.includes(c))) ?? ALPHABETS[5];
    return () => prefix + randomString(alphabet, random.length);
  }
  return randomUUID;
}

// the Web Crypto global (Node ≥ 19 and browsers), so the engine also runs where MSW runs
function randomUUID(): string {
  return crypto.randomUUID();
}

function randomString(alphabet: string, length: number): string {
  let text = "";
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(Math.random() * alphabet.length)];
  return text;
}

/**
 * Where JSON.parse fails on `text`, as an offset and a 1-based line and column. V8 states a position for some
 * errors only, so otherwise it is found by bisection: the longest prefix that is still valid JSON so far (it parses, or
 * fails only for ending early) ends where the fault is. Only called on text that failed to parse.
 */
export function jsonErrorPosition(text: string, message = ""): { position: number; line: number; column: number } {
  const stated = statedPosition(message);
  if (stated !== undefined) return at(text, stated);
  let low = 0;
  let high = text.length;
  if (validSoFar(text)) low = high;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (validSoFar(text.slice(0, middle))) low = middle;
    else high = middle;
  }
  return at(text, Math.min(low, text.length));
}

function at(text: string, position: number): { position: number; line: number; column: number } {
  const before = text.slice(0, position);
  return { position, line: before.split("\n").length, column: position - before.lastIndexOf("\n") };
}

function validSoFar(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    // "Expected property name or '}' in JSON at position 1" for "{": the text ended, nothing was wrong yet
    const message = (error as Error).message;
    return /Unexpected end of JSON input/.test(message) || (statedPosition(message) ?? -1) >= prefix.length;
  }
}

function statedPosition(message: string): number | undefined {
  const stated = /at position (\d+)/.exec(message);
  return stated ? Number(stated[1]) : undefined;
}

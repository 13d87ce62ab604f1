import { RULES, type Finding, type RuleId, type Side } from "./rules.ts";

export type Json = Record<string, unknown>;

/** The two documents being compared and the findings collected so far (one per rule and node). */
export class DiffContext {
  readonly #findings = new Map<string, Finding>();
  /** Pairs of schemas already compared in a direction; stops recursion and repeats through shared components. */
  readonly #visited = new Set<string>();

  constructor(
    readonly oldDoc: Json,
    readonly newDoc: Json,
  ) {}

  report(rule: RuleId, side: Side, pointer: string, message: string): void {
    const key = `${rule} ${side} ${pointer}`;
    if (!this.#findings.has(key)) this.#findings.set(key, { rule, breaking: RULES[rule].breaking, side, pointer, message });
  }

  /** True the first time a pair is seen, false after. */
  firstVisit(key: string): boolean {
    if (this.#visited.has(key)) return false;
    this.#visited.add(key);
    return true;
  }

  get findings(): Finding[] {
    return [...this.#findings.values()];
  }
}

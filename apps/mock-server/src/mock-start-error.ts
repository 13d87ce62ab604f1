/** Why one vendor's mock could not start. */
export class MockStartError extends Error {
  constructor(
    readonly vendor: string,
    readonly reason: string,
  ) {
    super(`${vendor}: ${reason}`);
    this.name = "MockStartError";
  }
}

/** Every vendor that failed to start; nothing is left running when this is thrown. */
export class MocksFailedError extends Error {
  constructor(readonly failures: readonly MockStartError[]) {
    super(failures.map((f) => f.message).join("\n"));
    this.name = "MocksFailedError";
  }
}

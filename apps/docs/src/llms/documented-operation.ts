import type { OperationEntry } from "../spec/operations.ts";

/** An operation and the file name of its Markdown page. */
export interface DocumentedOperation {
  readonly entry: OperationEntry;
  readonly slug: string;
}

/** The label an operation is listed under: its summary, else its operationId, else method and path. */
export function operationTitle({ operation, method, path }: OperationEntry): string {
  return operation.summary ?? operation.operationId ?? `${method.toUpperCase()} ${path}`;
}

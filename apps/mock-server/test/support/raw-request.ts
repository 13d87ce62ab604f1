import { connect } from "node:net";

/**
 * Send raw bytes to 127.0.0.1:port (what fetch refuses to send: unknown methods, bodies shorter than their
 * Content-Length) and resolve with the status of the answer, or "closed" when the server hung up without one.
 * Rejects if nothing happens within `hangGuardMs`: the bound catches a server that never answers.
 */
export function rawRequest(port: number, bytes: Buffer | string, hangGuardMs: number): Promise<number | "closed"> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${hangGuardMs} ms to ${JSON.stringify(String(bytes).slice(0, 60))}`));
    }, hangGuardMs);
    const settle = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve(status ? Number(status[1]) : "closed");
    };
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (/^HTTP\/1\.[01] \d{3}/.test(received)) settle();
    });
    socket.once("close", settle);
    socket.once("error", settle);
    socket.write(bytes);
  });
}

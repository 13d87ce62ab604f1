// Preloaded into each Prism process (`node --require`). The mock server holds the other end of Prism's stdin;
// when it dies, even by SIGKILL, the pipe closes and Prism exits instead of holding its port forever.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();

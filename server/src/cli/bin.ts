import { runCli } from "./main.js";

// `plancheck rules | head -1`: the reader has gone; stop writing and exit quietly, without a
// stack trace (Node ignores SIGPIPE, so the closed pipe arrives as an EPIPE error event).
let stdoutClosed = false;
/** While stdout's buffer is over its mark (a slow reader of a pipe): settles on drain, close or error. */
let draining: Promise<void> | null = null;
function waitForDrain(): Promise<void> {
  draining ??= new Promise<void>((resolve) => {
    const done = () => {
      process.stdout.off("drain", done).off("close", done).off("error", done);
      draining = null;
      resolve();
    };
    process.stdout.on("drain", done).on("close", done).on("error", done);
  });
  return draining;
}
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") {
    stdoutClosed = true;
    return;
  }
  writeStderr(`plancheck：无法写入标准输出（${error.code ?? error.message}）\n`);
  process.exit(2);
});
// The same for stderr (`plancheck … 2>&1 | head -1`, a log reader that quit): an unhandled error
// event would end the process with exit 1, which means findings, after a run whose input
// problems made it 2. Nothing is left to tell it to: the run goes on, silent there.
let stderrClosed = false;
process.stderr.on("error", () => {
  stderrClosed = true;
});
function writeStderr(text: string): void {
  if (!stderrClosed) process.stderr.write(text);
}

runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed && !process.stdout.write(text)) void waitForDrain();
  },
  drained: () => (stdoutClosed ? Promise.resolve() : (draining ?? Promise.resolve())),
  stderr: writeStderr,
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  colors: process.stdout.isTTY === true && !process.env.NO_COLOR,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli catches everything; this is the last line of defence, still exit 2, never 1.
    writeStderr(`plancheck 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

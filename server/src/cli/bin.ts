import { colourWanted } from "./colour.js";
import { runCli } from "./main.js";
import { standardOutput, stdoutMayBeTerminal } from "./standardOutput.js";

// Neither process.stdout nor process.stderr is touched before it is needed: building Node's
// streams is a tenth of a one-file run (standardOutput.ts).
const stdout = standardOutput((code) => {
  writeStderr(`plancheck：无法写入标准输出（${code}）\n`);
  process.exit(2);
});
// stderr's reader may go too (`plancheck … 2>&1 | head -1`, a log reader that quit): an
// unhandled error event would end the process with exit 1, which means findings, after a run
// whose input problems made it 2. Nothing is left to tell it to: the run goes on, silent there.
let stderrClosed = false;
let stderrWatched = false;
function writeStderr(text: string): void {
  if (!stderrWatched) {
    stderrWatched = true;
    process.stderr.on("error", () => {
      stderrClosed = true;
    });
  }
  if (!stderrClosed) process.stderr.write(text);
}

runCli(process.argv.slice(2), {
  stdout: (text) => stdout.write(text),
  drained: () => stdout.drained(),
  stderr: writeStderr,
  colors: colourWanted(process.env, () => stdoutMayBeTerminal() && process.stdout.isTTY === true),
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

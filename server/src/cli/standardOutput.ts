import { fstatSync, statSync, writeSync } from "node:fs";

/** Where a run's text goes: written in order, `drained` settles once the reader has it all. */
export interface OutputChannel {
  write(text: string): void;
  drained(): Promise<void>;
}

/**
 * Standard output as the CLI uses it. The first touch of `process.stdout` builds Node's stream
 * stack (about twenty internal modules, a tenth of a one-file run), so while stdout is a file, a
 * pipe, a socket or /dev/null — every CI run — text is written straight to the descriptor. The
 * stream takes over, for this and every later write, when a write would block (a non-blocking
 * pipe whose reader is slow) and whenever stdout may be a terminal; the order of the text holds
 * because direct writes are finished before the stream is first used.
 *
 * A reader that has gone (`plancheck rules | head -1`) closes the channel quietly: Node ignores
 * SIGPIPE, so it arrives as EPIPE. Any other write error calls `failed`.
 */
export function standardOutput(failed: (code: string) => void, system: OutputSystem = PROCESS_STDOUT): OutputChannel {
  let closed = false;
  let stream: NodeJS.WritableStream | null = null;
  let draining: Promise<void> | null = null;
  let direct = system.plain();

  const useStream = (): NodeJS.WritableStream => {
    if (stream) return stream;
    stream = system.stream();
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") closed = true;
      else failed(error.code ?? error.message);
    });
    return stream;
  };
  /** While the stream's buffer is over its mark: settles on drain, close or error. */
  const waitForDrain = (out: NodeJS.WritableStream): Promise<void> =>
    (draining ??= new Promise<void>((resolve) => {
      const done = () => {
        out.off("drain", done).off("close", done).off("error", done);
        draining = null;
        resolve();
      };
      out.on("drain", done).on("close", done).on("error", done);
    }));
  const writeToStream = (chunk: string | Buffer): void => {
    const out = useStream();
    if (!out.write(chunk)) void waitForDrain(out);
  };

  return {
    write(text) {
      if (closed || text === "") return;
      if (!direct) return writeToStream(text);
      const bytes = Buffer.from(text, "utf8");
      let offset = 0;
      try {
        while (offset < bytes.length) offset += system.writeSync(bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        if (code === "EPIPE") closed = true;
        else if (code === "EAGAIN") {
          direct = false;
          writeToStream(bytes.subarray(offset));
        } else failed(code);
      }
    },
    drained: () => (closed ? Promise.resolve() : (draining ?? Promise.resolve())),
  };
}

/** What the channel writes through; tests give their own. */
export interface OutputSystem {
  /** Whether the destination is certainly not a terminal (then written directly). */
  plain(): boolean;
  /** Writes from `offset` to the end, or part of it; returns the bytes written or throws. */
  writeSync(bytes: Buffer, offset: number): number;
  stream(): NodeJS.WritableStream;
}

const PROCESS_STDOUT: OutputSystem = {
  plain: () => isPlainDestination(1),
  writeSync: (bytes, offset) => writeSync(1, bytes, offset, bytes.length - offset),
  stream: () => process.stdout,
};

/**
 * Whether descriptor `fd` is certainly not a terminal: a regular file, a pipe, a socket or
 * /dev/null. Any other character device may be a terminal, which only Node's stream knows how
 * to handle (and to detect: `isTTY` decides colour).
 */
function isPlainDestination(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && process.platform !== "win32" && stat.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

/** Whether standard output may be a terminal (colour is then decided by `process.stdout.isTTY`). */
export function stdoutMayBeTerminal(): boolean {
  return !isPlainDestination(1);
}

import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from "node:fs";
import { printableName } from "./rawNames.js";

/**
 * Reading a path only when it is a regular file. `open` on a named pipe with no writer waits
 * forever, and a device (`/dev/zero`, `/dev/urandom`) never ends: a plan folder, a workspace, or a
 * configuration's `extends`, registry file or parent file may name either, and no input may stall
 * a shell (issue 8). The path is opened without blocking and judged on its descriptor, so the
 * file judged is the file read (a path swapped between a stat and an open is not).
 */
export class NotRegularFile extends Error {
  constructor(
    readonly file: string,
    /** What the path is instead, in Chinese: `命名管道 FIFO`, `套接字`, `设备文件`, `目录`. */
    readonly kind: string,
  ) {
    super(`不是普通文件（${kind}）：${file}`);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return "目录";
  if (stat.isFIFO()) return "命名管道 FIFO";
  if (stat.isSocket()) return "套接字";
  return "设备文件";
}

/**
 * Opens `file`, refuses anything but a regular file (`NotRegularFile`), and hands the open
 * descriptor and its status to `read`; the descriptor is closed after. System errors (ENOENT,
 * EACCES, ELOOP …) are thrown as `open` throws them, for the caller to word.
 */
export function withRegularFile<T>(file: string | Buffer, read: (fd: number, stat: Stats) => T): T {
  // O_NONBLOCK only changes how a pipe or device opens; a regular file reads as ever.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFile(typeof file === "string" ? file : printableName(file), kindOf(stat));
    return read(fd, stat);
  } finally {
    closeSync(fd);
  }
}

/** A regular file's bytes (see `withRegularFile`). */
export function readRegularFile(file: string): Buffer {
  return withRegularFile(file, (fd) => readFileSync(fd));
}

/** A regular file's text, read as UTF-8: configurations, registry files, parent and plan files. */
export function readRegularText(file: string | Buffer): string {
  return withRegularFile(file, (fd) => readFileSync(fd, "utf8"));
}

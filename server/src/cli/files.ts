import { chmodSync, closeSync, openSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeFileAtomically(file: string | Buffer, content: string | Uint8Array, hadBom = false, mode?: number): void {
  const temporary = temporaryBeside(file);
  try {
    const fd = openFreshFile(temporary);
    try {
      writeFileSync(fd, typeof content === "string" ? (hadBom ? "\uFEFF" : "") + content : content);
    } finally {
      closeSync(fd);
    }
    // chmod after writing: the mode given to open() is narrowed by the umask.
    if (mode !== undefined) chmodSync(temporary, mode);
    replaceWith(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The temporary file a write to `file` goes through, beside it (a rename never crosses file systems). */
export function temporaryBeside<Path extends string | Buffer>(file: Path): Path {
  return hiddenBeside(file, `.${process.pid}.tmp`);
}

/**
 * `.NAME<suffix>` in the folder of `file`. A path may come as bytes: a name that is not UTF-8
 * (GBK, from a zip made on Windows) names its file only as the bytes it is.
 */
export function hiddenBeside<Path extends string | Buffer>(file: Path, suffix: string): Path {
  if (typeof file === "string") return join(dirname(file), `.${basename(file)}${suffix}`) as Path;
  const nameStart = file.lastIndexOf(0x2f) + 1;
  return Buffer.concat([file.subarray(0, nameStart), Buffer.from("."), file.subarray(nameStart), Buffer.from(suffix)]) as Path;
}

/**
 * Opens `path` for writing as a new file. Its name is predictable (`temporaryBeside`): whatever
 * is there — a crashed run's leftover, or a link planted in a shared folder to make the write land
 * on the file it points to — is removed (the link, not its target), and the file is created
 * anew with O_EXCL ("wx"), which follows no link.
 */
export function openFreshFile(path: string | Buffer, mode?: number): number {
  rmSync(path, { force: true });
  return openSync(path, "wx", mode);
}

/**
 * Renames a finished temporary file onto its target. A folder in the way is said to be one:
 * renaming onto `.` or a mount point fails with EBUSY, which would read as a file in use.
 */
export function replaceWith(temporary: string | Buffer, file: string | Buffer): void {
  try {
    renameSync(temporary, file);
  } catch (error) {
    throw folderInTheWay(file) ?? error;
  }
}

/** An EISDIR error when `file` is a folder (as Node's errors are: a `code`), else undefined. */
export function folderInTheWay(file: string | Buffer): Error | undefined {
  try {
    if (statSync(file).isDirectory()) return Object.assign(new Error(`EISDIR: ${file}`), { code: "EISDIR" });
  } catch {
    // Not there or not reachable: a write will say why, if it fails.
  }
  return undefined;
}

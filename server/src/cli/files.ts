import { chmodSync, chownSync, closeSync, constants, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { systemErrorText } from "./systemError.js";

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeFileAtomically(file: string, content: string | Uint8Array, hadBom = false, mode?: number): void {
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
export function temporaryBeside(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/**
 * Opens `path` for writing as a new file. Its name is predictable (`temporaryBeside`): whatever
 * is there — a crashed run's leftover, or a link planted in a shared folder to make the write land
 * on the file it points to — is removed (the link, not its target), and the file is created
 * anew with O_EXCL ("wx"), which follows no link.
 */
export function openFreshFile(path: string): number {
  rmSync(path, { force: true });
  return openSync(path, "wx");
}

/**
 * Renames a finished temporary file onto its target. A folder in the way is said to be one:
 * renaming onto `.` or a mount point fails with EBUSY, which would read as a file in use.
 */
export function replaceWith(temporary: string, file: string): void {
  try {
    renameSync(temporary, file);
  } catch (error) {
    throw folderInTheWay(file) ?? error;
  }
}

/** An EISDIR error when `file` is a folder (as Node's errors are: a `code`), else undefined. */
export function folderInTheWay(file: string): Error | undefined {
  try {
    if (statSync(file).isDirectory()) return Object.assign(new Error(`EISDIR: ${file}`), { code: "EISDIR" });
  } catch {
    // Not there or not reachable: a write will say why, if it fails.
  }
  return undefined;
}

/** Why a fixed plan was not written back (Chinese), or null when it was. */
export type WriteBackRefusal = string | null;

/**
 * `--fix` writing a plan back without breaking the file system's promises:
 * - through a symbolic link to its target (the link stays a link);
 * - a file with other hard links is rewritten in place, keeping its inode (a rename would
 *   leave the other names with the old text); any other file through a temporary file and a
 *   rename, so a crash never leaves half a plan;
 * - mode and (where permitted) owner kept;
 * - not at all when the file changed on disk since it was read (an editor saved it meanwhile):
 *   the user's newer text wins and the refusal is reported.
 */
export function writePlanBack(file: string, content: Uint8Array, readBytes: Uint8Array): WriteBackRefusal {
  let target: string;
  try {
    target = realpathSync(file);
  } catch (error) {
    return `无法写回：${systemErrorText(error)}`;
  }
  const stat = statSync(target);
  let current: Buffer;
  try {
    current = readFileSync(target);
  } catch (error) {
    return `无法写回：${systemErrorText(error)}`;
  }
  if (!current.equals(readBytes)) return "读取后文件已在磁盘上被修改，未写回修复（请重新运行）";
  try {
    if (stat.nlink > 1) writeInPlace(target, content);
    else {
      writeFileAtomically(target, content, false, stat.mode & 0o7777);
      keepOwner(target, stat.uid, stat.gid);
    }
  } catch (error) {
    return `无法写回：${systemErrorText(error)}`;
  }
  return null;
}

function writeInPlace(target: string, content: Uint8Array): void {
  const fd = openSync(target, constants.O_WRONLY);
  try {
    let offset = 0;
    while (offset < content.length) offset += writeSync(fd, content, offset, content.length - offset, offset);
    ftruncateSync(fd, content.length);
  } finally {
    closeSync(fd);
  }
}

function keepOwner(target: string, uid: number, gid: number): void {
  const now = statSync(target);
  if (now.uid === uid && now.gid === gid) return;
  try {
    chownSync(target, uid, gid);
  } catch {
    // Only root may give a file away; a user's own files keep their owner anyway.
  }
}

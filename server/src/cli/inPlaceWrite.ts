import { closeSync, constants, fsyncSync, ftruncateSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hiddenBeside, openFreshFile } from "./files.js";

/**
 * Rewriting a hard-linked plan in place, without the risk an in-place write carries.
 *
 * A file with other hard links must keep its inode (a rename would leave the other names with the
 * old text), so it cannot be replaced atomically; a write cut short (a full disk, a quota, a
 * killed run) would leave half a plan under every name. So the old bytes are first copied to a
 * file beside it and made durable; then the new bytes are written, synced and read back; on any
 * failure the old bytes are written back. The copy is removed only once the plan holds one whole
 * text, the new or the old: a run killed mid-write leaves it beside the plan, where the user finds
 * the text as it was, and a failed restore says where it is.
 */

/** The copy of the old text a rewrite in place keeps beside the plan until the plan is whole. */
export function backupBeside<Path extends string | Buffer>(file: Path): Path {
  return hiddenBeside(file, `.${process.pid}.orig`);
}

/** A rewrite that failed; `keptBackup` names the copy of the old text when the plan could not be restored. */
export class InPlaceWriteFailed extends Error {
  constructor(
    readonly reason: unknown,
    readonly keptBackup: string | Buffer | null,
  ) {
    super("in-place write failed");
  }
}

/**
 * Writes `content` over `target` in place (same inode); `previous` is the text it holds now.
 * Throws `InPlaceWriteFailed` when the write fails, after putting `previous` back.
 */
export function rewriteInPlace(target: string | Buffer, content: Uint8Array, previous: Uint8Array): void {
  const backup = backupBeside(target);
  try {
    // Owner-only: the copy holds the plan's text, which may be readable by its owner alone.
    writeDurably(backup, previous);
  } catch (error) {
    rmSync(backup, { force: true });
    // Nothing has touched the plan yet.
    throw new InPlaceWriteFailed(error, null);
  }
  try {
    overwriteVerified(target, content);
  } catch (error) {
    try {
      overwriteVerified(target, previous);
    } catch {
      throw new InPlaceWriteFailed(error, backup);
    }
    rmSync(backup, { force: true });
    throw new InPlaceWriteFailed(error, null);
  }
  rmSync(backup, { force: true });
}

function writeDurably(path: string | Buffer, bytes: Uint8Array): void {
  const fd = openFreshFile(path, 0o600);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Overwrites `target` with `bytes`, synced, then reads it back: a write the disk did not keep is a failure. */
function overwriteVerified(target: string | Buffer, bytes: Uint8Array): void {
  const fd = openSync(target, constants.O_WRONLY);
  try {
    writeAll(fd, bytes);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (!readFileSync(target).equals(bytes)) throw Object.assign(new Error("EIO: read back differs"), { code: "EIO" });
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset, offset);
}

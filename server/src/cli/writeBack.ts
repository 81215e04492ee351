import { chownSync, readFileSync, realpathSync, statSync } from "node:fs";
import { printableName } from "../node/rawNames.js";
import { writeFileAtomically } from "./files.js";
import { InPlaceWriteFailed, rewriteInPlace } from "./inPlaceWrite.js";
import { systemErrorText } from "./systemError.js";

/** Why a fixed plan was not written back (Chinese), or null when it was. */
export type WriteBackRefusal = string | null;

/**
 * `--fix` writing a plan back without breaking the file system's promises:
 * - through a symbolic link to its target (the link stays a link);
 * - a file with other hard links is rewritten in place, keeping its inode (a rename would
 *   leave the other names with the old text), its old text kept beside it until the new one is
 *   whole and restored when the write fails (`inPlaceWrite.ts`); any other file through a
 *   temporary file and a rename, so a crash never leaves half a plan;
 * - mode and (where permitted) owner kept;
 * - not at all when the file changed on disk since it was read (an editor saved it meanwhile):
 *   the user's newer text wins and the refusal is reported.
 * `file` is the path to open: a string, or the raw bytes of a name that is not UTF-8.
 */
export function writePlanBack(file: string | Buffer, content: Uint8Array, readBytes: Uint8Array): WriteBackRefusal {
  let target: string | Buffer;
  try {
    // realpathSync's own walk reads a path as a string, losing bytes that are not UTF-8; the
    // system's realpath(3) keeps them.
    target = typeof file === "string" ? realpathSync(file) : realpathSync.native(file, { encoding: "buffer" });
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
    if (stat.nlink > 1) rewriteInPlace(target, content, current);
    else {
      writeFileAtomically(target, content, false, stat.mode & 0o7777);
      keepOwner(target, stat.uid, stat.gid);
    }
  } catch (error) {
    if (!(error instanceof InPlaceWriteFailed)) return `无法写回：${systemErrorText(error)}`;
    if (error.keptBackup === null) return `无法写回：${systemErrorText(error.reason)}（文件保持原内容）`;
    return `无法写回：${systemErrorText(error.reason)}，且未能恢复原内容；原内容保存在 ${typeof error.keptBackup === "string" ? error.keptBackup : printableName(error.keptBackup)}`;
  }
  return null;
}

function keepOwner(target: string | Buffer, uid: number, gid: number): void {
  const now = statSync(target);
  if (now.uid === uid && now.gid === gid) return;
  try {
    chownSync(target, uid, gid);
  } catch {
    // Only root may give a file away; a user's own files keep their owner anyway.
  }
}

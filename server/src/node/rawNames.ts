import { isUtf8 } from "node:buffer";
import { dirname, resolve } from "node:path";

/**
 * File names that are not UTF-8. Node reads a folder's names as UTF-8 and puts U+FFFD for the
 * bytes it cannot decode: a GBK name (a zip made on Chinese Windows, unpacked on Linux) then
 * names no file, and its plan could not be checked. Such a file is opened by its raw bytes and
 * shown by a printable form of its name: its bytes past ASCII written `\xHH`, the notation the
 * CLI shows control characters in (`format/printable.ts`).
 */

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The name as it is when it is UTF-8; else its ASCII as it is and every other byte `\xHH`. A name
 * that is not UTF-8 is in another encoding as a whole (GBK, Big5, Shift-JIS): the odd pair of its
 * bytes that happens to be a UTF-8 character (GBK 稿 is DD B8, UTF-8's U+0778) is no character of it.
 */
export function printableName(raw: Uint8Array): string {
  if (isUtf8(raw)) return utf8.decode(raw);
  let name = "";
  for (const byte of raw) name += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).toUpperCase()}`;
  return name;
}

/**
 * The folders a walk met whose names are not UTF-8, by their printable paths (absolute), with the
 * bytes that open them. A file under one that no walk listed — the `.plancheck.json` beside a
 * plan in a GBK-named folder, a registry file it names — is opened by those bytes and the rest
 * of its path: by its printable path it names nothing, and the plan's configuration was not found.
 */
export class RawFolders {
  private readonly folders = new Map<string, Buffer>();

  add(path: string, raw: Buffer): void {
    this.folders.set(resolve(path), raw);
  }

  /** What opens `path` (absolute): the bytes of the nearest raw folder it lies in and the rest of it, else the path itself. */
  openable(path: string): string | Buffer {
    // Most runs meet no such folder: nothing to look up.
    if (this.folders.size === 0) return path;
    for (let folder = path; ; folder = dirname(folder)) {
      const raw = this.folders.get(folder);
      if (raw !== undefined) return folder === path ? raw : Buffer.concat([raw, Buffer.from(path.slice(folder.length))]);
      if (dirname(folder) === folder) return path;
    }
  }
}

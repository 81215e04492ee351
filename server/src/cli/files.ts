import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Writes through a temporary file and a rename, so a crash never leaves half a file behind. */
export function writeFileAtomically(file: string, content: string | Uint8Array, hadBom = false): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, typeof content === "string" ? (hadBom ? "\uFEFF" : "") + content : content);
  renameSync(temporary, file);
}

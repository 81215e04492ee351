import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A new empty folder in the system's temporary folder, named `plancheck-<label>-…`: each test writes its own files. */
export function tempFolder(label: string): string {
  return mkdtempSync(join(tmpdir(), `plancheck-${label}-`));
}

/** A plan's text written as `name` in a new temporary folder (`tempFolder`), by its path. */
export function tempPlan(label: string, name: string, text: string | Uint8Array): string {
  const file = join(tempFolder(label), name);
  writeFileSync(file, text);
  return file;
}

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { printableName } from "./rawNames.js";

/** The file names the markup uses: `.plan` and `.plan.txt`. */
export const PLAN_FILE = /\.plan(\.txt)?$/;

/** Folders that never hold a user's plans: dependencies, build output and hidden folders (.git, .vscode-test …). */
function skipped(name: string): boolean {
  return name === "node_modules" || name === "out" || name.startsWith(".");
}

export interface ListOptions {
  /** Further file-name endings to take (the CLI's `--ext .txt`, `.docx`), besides `.plan` / `.plan.txt`. */
  extensions?: readonly string[];
  /** Decides which files to take instead of the name endings (a glob's matcher). */
  accept?(path: string): boolean;
  /** Leaves out a file or a whole folder (ignore files); called with the path and whether it is a folder. */
  exclude?(path: string, isFolder: boolean): boolean;
  /**
   * At most this many folder entries are looked at (files and folders, counted as they are met);
   * the walk stops there and `onLimit` is called once. For searches the user did not ask for
   * (a parent's title looked for beside a plan in /tmp, with its tens of thousands of entries).
   */
  maxEntries?: number;
  onLimit?(): void;
  /**
   * Given, a file or folder whose name is not UTF-8 is walked and listed under its printable
   * name (`rawNames.ts`), and `onRawPath` told the bytes that open the file listed. Without it
   * such a name is read as Node reads it, with U+FFFD, a path that names nothing.
   */
  onRawPath?(path: string, raw: Buffer): void;
  /** Told, before it is walked, the bytes that open a folder listed under its printable name. */
  onRawFolder?(path: string, raw: Buffer): void;
}

/** A folder entry: its name as listed and, when the name (or a folder above) is not UTF-8, the bytes of its path. */
interface Entry {
  name: string;
  raw: Buffer | null;
  folder: boolean;
}

const SLASH = Buffer.from("/");

/**
 * A folder's entries, sorted by name. Read as strings, the common case; read again as bytes only
 * when a name came back with U+FFFD in it (or the folder's own path is bytes) and `raw` is asked for.
 */
function entriesOf(path: string, rawPath: Buffer | null, raw: boolean): Entry[] {
  let entries: Entry[];
  if (rawPath === null) {
    const named = readdirSync(path, { withFileTypes: true });
    if (!raw || !named.some((entry) => entry.name.includes("\uFFFD"))) {
      entries = named.map((entry) => ({ name: entry.name, raw: null, folder: entry.isDirectory() }));
      return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    }
  }
  const folderBytes = rawPath ?? Buffer.from(path);
  entries = readdirSync(folderBytes, { withFileTypes: true, encoding: "buffer" }).map((entry) => {
    const name = printableName(entry.name);
    const utf8 = rawPath === null && name === entry.name.toString();
    return { name, raw: utf8 ? null : Buffer.concat([folderBytes, SLASH, entry.name]), folder: entry.isDirectory() };
  });
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Every plan file under a folder, recursively, in a stable (sorted) order. Shared by the CLI
 * (`plancheck FOLDER`) and the server's workspace index, so both see the same plans.
 * An unreadable folder contributes nothing. Symbolic links to folders are not followed (so a
 * link loop cannot hang the walk); a link to a file is listed and reading it says what is wrong.
 */
export function listPlanFiles(folder: string, options: ListOptions = {}): string[] {
  // Endings given with --ext match in any case: a folder copied from Windows holds `方案.TXT`.
  const extensions = (options.extensions ?? []).map((extension) => extension.toLowerCase());
  const takes = (name: string, path: string) =>
    options.accept ? options.accept(path) : PLAN_FILE.test(name) || extensions.some((extension) => name.toLowerCase().endsWith(extension));
  const files: string[] = [];
  const budget = options.maxEntries ?? Infinity;
  let met = 0;
  const walk = (current: string, rawCurrent: Buffer | null) => {
    if (met > budget) return;
    let entries;
    try {
      entries = entriesOf(current, rawCurrent, options.onRawPath !== undefined);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++met > budget) {
        if (met === budget + 1) options.onLimit?.();
        return;
      }
      const path = join(current, entry.name);
      if (entry.folder) {
        if (entry.raw !== null) options.onRawFolder?.(path, entry.raw);
        if (!skipped(entry.name) && !options.exclude?.(path, true)) walk(path, entry.raw);
      } else if (takes(entry.name, path) && !options.exclude?.(path, false)) {
        files.push(path);
        if (entry.raw !== null) options.onRawPath?.(path, entry.raw);
      }
    }
  };
  walk(folder, null);
  return files;
}

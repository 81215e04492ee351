import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The file names the markup uses: `.plan` and `.plan.txt`. */
export const PLAN_FILE = /\.plan(\.txt)?$/;

/** Folders that never hold a user's plans: dependencies, build output and hidden folders (.git, .vscode-test …). */
function skipped(name: string): boolean {
  return name === "node_modules" || name === "out" || name.startsWith(".");
}

/**
 * Every plan file under a folder, recursively, in a stable (sorted) order. Shared by the CLI
 * (`plancheck FOLDER`) and the server's workspace index, so both see the same plans.
 * An unreadable folder contributes nothing.
 */
export function listPlanFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!skipped(entry.name)) walk(path);
      } else if (PLAN_FILE.test(entry.name)) {
        files.push(path);
      }
    }
  };
  walk(folder);
  return files;
}

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { tempFolder } from "../support/tempFiles";

/**
 * One folder per scenario under scenarios/: `command` (the plancheck command line), optional
 * `stdin`, the input tree `files/` (copied to a fresh working folder), and what must come out:
 * `stdout`, `stderr`, `exit-code`, and optionally `after/` (files as they must be afterwards).
 * The installed bin runs for real (bin/plancheck.js, built by `npm test`). Absolute paths of
 * the working folder print as <cwd>. UPDATE_SCENARIOS=1 rewrites the expectations (review the diff).
 */
const ROOT = join(__dirname, "..", "..");
const SCENARIOS = join(__dirname, "scenarios");
const UPDATE = process.env.UPDATE_SCENARIOS === "1";

function words(command: string): string[] {
  const out: string[] = [];
  for (const match of command.trim().matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3]!);
  return out;
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

describe("plancheck scenarios", () => {
  for (const name of readdirSync(SCENARIOS).sort()) {
    const folder = join(SCENARIOS, name);
    it(name, () => {
      const [bin, ...args] = words(readFileSync(join(folder, "command"), "utf8"));
      expect(bin).toBe("plancheck");
      const cwd = tempFolder(`scenario-${name}`);
      if (existsSync(join(folder, "files"))) cpSync(join(folder, "files"), cwd, { recursive: true });
      const stdin = existsSync(join(folder, "stdin")) ? readFileSync(join(folder, "stdin")) : "";
      const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "" };
      const result = spawnSync(process.execPath, [join(ROOT, "bin", "plancheck.js"), ...args], { cwd, input: stdin, env, encoding: "utf8" });
      const clean = (text: string) => text.split(cwd).join("<cwd>");
      const actual: Record<string, string> = { stdout: clean(result.stdout), stderr: clean(result.stderr), "exit-code": `${result.status}\n` };
      for (const [file, text] of Object.entries(actual)) {
        if (UPDATE) writeFileSync(join(folder, file), text);
        else expect(text, `${name}/${file}`).toBe(readFileSync(join(folder, file), "utf8"));
      }
      for (const file of filesUnder(join(folder, "after"))) {
        expect(readFileSync(join(cwd, file), "utf8"), `${name}/after/${file}`).toBe(readFileSync(join(folder, "after", file), "utf8"));
      }
    }, 60_000);
  }
});

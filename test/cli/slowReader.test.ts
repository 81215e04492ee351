import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../server/src/cli/main";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * `plancheck DIR | slow-reader`: the report is written file by file, and a run whose reader has
 * not caught up waits for it (stdout's drain) before it checks the next file, so the output
 * never piles up in memory (`plancheck … --format json | head`, a CI log collector, a pager).
 */
const CLI = resolve(__dirname, "../../out/cli.js");

function folderOf(count: number): string {
  const folder = join(mkdtempSync(join(tmpdir(), "plancheck-slow-")), "plans");
  mkdirSync(folder);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `plan-${String(i).padStart(3, "0")}.plan`), readSeed(SEED_NAMES[i % SEED_NAMES.length]!));
  return folder;
}

describe("a slow reader of stdout", () => {
  it("holds the run back: no file is checked while the last one's report waits", async () => {
    const folder = folderOf(4);
    const writes: string[] = [];
    let release: (() => void) | null = null;
    const run = runCli(["--no-config", "--format", "json", folder], {
      stdout: (text) => writes.push(text),
      stderr: () => undefined,
      // The reader never catches up until told to.
      drained: () => new Promise<void>((resolve) => (release = resolve)),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The document's opening and the first file, then the run waits.
    expect(writes.join("")).toContain("plan-000.plan");
    expect(writes.join("")).not.toContain("plan-001.plan");
    for (let i = 0; i < 4; i++) {
      release!();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await run).toBe(0);
    const output = JSON.parse(writes.join(""));
    expect(output.files).toHaveLength(4);
  });

  it("gets every byte through a real pipe read a little at a time, as from a file", async () => {
    const folder = folderOf(40);
    const expected = spawnSync(process.execPath, [CLI, "--no-config", "--format", "json", folder], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
    const child = spawn(process.execPath, [CLI, "--no-config", "--format", "json", folder], { stdio: ["ignore", "pipe", "ignore"] });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    const reader = setInterval(() => {
      const chunk = child.stdout.read(16 * 1024) as Buffer | null;
      if (chunk) chunks.push(chunk);
    }, 1);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearInterval(reader);
    for await (const chunk of child.stdout) chunks.push(chunk as Buffer);
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  }, 60_000);
});

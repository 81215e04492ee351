import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../server/src/cli/main";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

/**
 * `plancheck DIR | slow-reader`: the report is written file by file, and a run whose reader has
 * not caught up waits for it (stdout's drain) before it checks the next file, so the output
 * never piles up in memory (`plancheck … --format json | head`, a CI log collector, a pager).
 */
const CLI = resolve(__dirname, "../../out/cli.js");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function folderOf(count: number): string {
  const folder = join(tempFolder("slow"), "plans");
  mkdirSync(folder);
  for (let i = 0; i < count; i++) writeFileSync(join(folder, `plan-${String(i).padStart(3, "0")}.plan`), readSeed(SEED_NAMES[i % SEED_NAMES.length]!));
  return folder;
}

describe("a slow reader of stdout", () => {
  it("holds the run back: no file is checked while the last one's report waits", async () => {
    const folder = folderOf(4);
    const writes: string[] = [];
    const shown = () => writes.join("");
    let holding = true;
    let release: (() => void) | null = null;
    const run = runCli(["--no-config", "--format", "json", folder], {
      stdout: (text) => writes.push(text),
      stderr: () => undefined,
      // The reader does not catch up until told to; then it keeps up.
      drained: () => (holding ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
    });
    // However long the first check takes (a cold, busy machine), the report of the first file
    // comes out, and then the run waits: given time it would have checked the next one.
    for (let waited = 0; waited < 20_000 && !shown().includes("plan-000.plan"); waited += 25) await sleep(25);
    expect(shown()).toContain("plan-000.plan");
    await sleep(500);
    expect(shown()).not.toContain("plan-001.plan");
    holding = false;
    release!();
    expect(await run).toBe(0);
    expect(JSON.parse(shown()).files).toHaveLength(4);
  });

  it("gets every byte through a real pipe read a little at a time, as from a file", async () => {
    const folder = folderOf(40);
    const expected = spawnSync(process.execPath, [CLI, "--no-config", "--format", "json", folder], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;
    const child = spawn(process.execPath, [CLI, "--no-config", "--format", "json", folder], { stdio: ["ignore", "pipe", "ignore"] });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    // At most 16 KB a millisecond, and never more than is buffered: `read(16 KB)` with less
    // buffered at the end of the stream sometimes returned nothing and the stream ended with
    // the tail unread (seen once the run got fast enough to exit before the reader caught up).
    const reader = setInterval(() => {
      const chunk = child.stdout.read(Math.min(16 * 1024, child.stdout.readableLength)) as Buffer | null;
      if (chunk) chunks.push(chunk);
    }, 1);
    const [code] = await Promise.all([
      new Promise<number | null>((resolve) => child.on("exit", resolve)),
      new Promise<void>((resolve) => child.stdout.on("end", resolve)),
    ]);
    clearInterval(reader);
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  }, 60_000);
});

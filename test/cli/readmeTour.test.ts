import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";

const ROOT = join(__dirname, "../..");

/** The output the README's tour shows after `$ npx plancheck examples/`, up to the block's end. */
function tourOutput(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const command = "$ npx plancheck examples/\n";
  const start = readme.indexOf(command);
  expect(start, "the README's tour runs plancheck over examples/").toBeGreaterThan(0);
  const from = start + command.length;
  return readme.slice(from, readme.indexOf("```", from));
}

describe("the README's tour", () => {
  // The first thing a new user runs; what the README shows must be what they get.
  it("shows what plancheck prints over examples/", async () => {
    const run = await runPlancheck([join(ROOT, "examples")]);
    expect(run.out.replaceAll(join(ROOT, "examples") + "/", "examples/")).toBe(tourOutput());
  });
});

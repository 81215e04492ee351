import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { coverageItems } from "../../server/src/core/xref/tasks";
import { readSeed } from "../support/seeds";

// Counts the reads of each task's words (with its sub-items'): the mapping and coverage share one.
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../server/src/core/xref/tasks", async (original) => {
  const tasks = await original<typeof import("../../server/src/core/xref/tasks")>();
  return { ...tasks, itemTextWithin: (...args: Parameters<typeof tasks.itemTextWithin>) => (reads.count++, tasks.itemTextWithin(...args)) };
});

describe("coverage", () => {
  it("reads each task's words once, in the mapping it builds on", () => {
    const { plan, parents, knownParents } = analyze(readSeed("ganzhou-2024"));
    reads.count = 0;
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    expect(coverage.covered).toBeGreaterThan(0);
    expect(reads.count).toBe(coverageItems(plan).all.length);
  });
});

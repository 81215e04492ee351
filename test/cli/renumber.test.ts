import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

describe("plancheck --fix and numbering", () => {
  it("renumbers every broken run, continuous runs across parents, and canonicalises markers", async () => {
    const file = join(tempFolder("renumber"), "draft.plan");
    writeFileSync(
      file,
      "一、主要任务\n(一)推动质量变革创新\n1.加快区域质量创新发展。\n3、增强产业质量竞争能力。\n（二）开展质量提升行动\n3.守住农产品质量安全。\n4.保障食品药品安全。\n6.提升工程质量水平。\n三、保障措施\n",
    );
    await run(["--fix", file]);
    // Level 3 counts on across （一）–（二） (3 of its 5 items fit that, 2 fit restarting); 三、 becomes 二、.
    expect(readFileSync(file, "utf8")).toBe(
      "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n（二）开展质量提升行动\n3.守住农产品质量安全。\n4.保障食品药品安全。\n5.提升工程质量水平。\n二、保障措施\n",
    );
  });
});

describe("plancheck on a pasted list of N items all numbered 1.", () => {
  it("prints JSON linear in the document: each edit belongs to one finding", async () => {
    const n = 2000;
    const file = join(tempFolder("ones"), "ones.plan");
    // Each task its own words: tasks repeated word for word are structure/duplicate-task's too.
    const text = `一、主要任务\n${Array.from({ length: n }, (_, i) => `1.开展第${i + 1}项工作。\n`).join("")}`;
    writeFileSync(file, text);
    const { code, out } = await run(["--format", "json", file]);
    expect(code).toBe(0);
    const findings = JSON.parse(out).files[0].findings as Array<{ fix?: { edits: unknown[] } }>;
    expect(findings).toHaveLength(n - 1);
    const edits = findings.reduce((sum, finding) => sum + (finding.fix?.edits.length ?? 0), 0);
    // Items past 999. cannot be written in the markup, so they keep their marker.
    expect(edits).toBe(998);
    // Before, every finding carried the whole run's renumbering: ~2,000 × 1,000 edits, over 300 MB for 1,000 items.
    expect(out.length).toBeLessThan(600 * n);
  });

  it("renumbers the whole run with --fix in one pass of non-overlapping edits", async () => {
    const file = join(tempFolder("ones"), "ones.plan");
    writeFileSync(file, `一、主要任务\n${"1.开展工作。\n".repeat(999)}`);
    await run(["--fix", file]);
    const markers = readFileSync(file, "utf8").split("\n").slice(1, -1).map((line) => line.slice(0, line.indexOf(".")));
    expect(markers).toEqual(Array.from({ length: 999 }, (_, i) => String(i + 1)));
  });
});

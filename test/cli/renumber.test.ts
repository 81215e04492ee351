import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck } from "../support/cli";

const run = runPlancheck;

describe("plancheck --fix and numbering", () => {
  it("renumbers every broken run, continuous runs across parents, and canonicalises markers", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "plancheck-renumber-")), "draft.plan");
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

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");

describe("plancheck targets", () => {
  it("emits the Targets JSON contract with the parent's figure and the verdict", async () => {
    const { code, out } = await run(["targets", "--format", "json", GANZHOU]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    const manufacturing = report.rows.find((row: { indicator: string }) => row.indicator === "制造业产品质量合格率");
    expect(Object.keys(manufacturing).slice(0, 12)).toEqual(["file", "path", "indicator", "comparator", "value", "unit", "qualifier", "horizon", "parent", "verdict", "range", "kind"]);
    expect(manufacturing).toMatchObject({
      file: GANZHOU,
      path: ["一、", "（二）", "2."],
      comparator: "达到",
      value: 94,
      unit: "%",
      qualifier: "以上",
      horizon: 2025,
      parent: { document: "质量强国建设纲要", value: 94, unit: "%" },
      verdict: "meets",
    });
    // 2.质量总体水平持续提升 is line 23 of the seed.
    expect(manufacturing.range.start.line).toBe(22);
    const verdicts = new Set(report.rows.map((row: { verdict: string }) => row.verdict));
    expect([...verdicts].sort()).toEqual(["meets", "no-parent", "stricter"]);
  });

  it("gives null for a blank value and `weaker` for a figure below the parent's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-targets-"));
    const file = join(dir, "a.plan");
    writeFileSync(file, "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到97%，制造业产品质量合格率达到 %。\n");
    const rows = JSON.parse((await run(["targets", "--format", "json", file])).out).rows;
    expect(rows.map((row: { indicator: string; value: number | null; verdict: string }) => [row.indicator, row.value, row.verdict])).toEqual([
      ["食品抽检合格率", 97, "weaker"],
      ["制造业产品质量合格率", null, "weaker"],
    ]);
  });

  it("prints CSV with a UTF-8 BOM and CRLF, and Markdown with a verdict tally", async () => {
    const csv = (await run(["targets", "--format", "csv", GANZHOU])).out;
    expect(csv.startsWith("\uFEFF文件,条目,指标,类型,比较词,目标值,力争,目标年份,主要目标,上位文件,上位目标,对比\r\n")).toBe(true);
    expect(csv).toContain("一、 › （二） › 2.,制造业产品质量合格率,水平,达到,94%以上,,2025,是,质量强国建设纲要,94%,符合上位\r\n");
    const markdown = (await run(["targets", GANZHOU])).out;
    expect(markdown).toContain("| 一、 › （二） › 3. | 国家地理标志商标 | 水平 | 达到 | 35个 | 是 | 2025 | 是 |  |  | 无上位指标 |");
    expect(markdown).toMatch(/共 \d+ 项：高于上位 1，符合上位 3，低于上位 0，无上位指标 \d+。/);
  });
});

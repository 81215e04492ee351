import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport } from "../support/cli";

/**
 * qa-45d: two plans of genres no other fixture is, run through the whole checker as a reviewer
 * would (test/fixtures/plans-new/README.md lists what is planted): a province's 计量发展实施方案
 * with 2025/2027 targets, provincial departments and a 重点任务分工表; a city's 质量基础设施“一站式”
 * plan pasted from its government's web page (breadcrumb and metadata table, a 目录 without pages,
 * full-width indents, a table apart by spaces, 附件 list, 抄送/印发, the page's footer). The CLI must
 * report exactly the planted defects and what a reviewer agrees with (rule and 1-based line).
 */
const DIR = join(__dirname, "..", "fixtures", "plans-new");
const PROVINCE = join(DIR, "province-metrology.plan");
const CITY = join(DIR, "city-qi-one-stop-web.plan");

interface Finding {
  rule: string;
  message: string;
  range: { start: { line: number } };
}

async function findings(file: string): Promise<[number, string][]> {
  const report = await jsonReport<{ files: { findings: Finding[] }[] }>("check", file);
  return report.files[0]!.findings.map((finding) => [finding.range.start.line + 1, finding.rule]);
}

interface TargetRow {
  indicator: string;
  value: number | null;
  horizon: number | null;
  verdict: string;
  blank: boolean;
}
const targets = async (file: string) => (await jsonReport<{ rows: TargetRow[] }>("targets", file)).rows;

describe("a province's 计量发展实施方案 with a 分工表", () => {
  it("reports the planted defects and nothing else", async () => {
    expect(await findings(PROVINCE)).toEqual([
      // 《质量强国建设纲要（2022—2035年）》: the outline has no years in its title.
      [13, "xref/title"],
      // 省级计量标准总数达到    项: the figure left blank; 制造业产品质量合格率 93% under the outline's 94%.
      [23, "targets/blank"],
      [23, "targets/weaker-than-parent"],
      // 1. 2. 4.: the third task's number broken.
      [35, "numbering/sequence"],
      // 省工信委 (the 2018 reform's 工业和信息化厅) and 省科学技术局 (a province has a 科技厅).
      [35, "units/unknown"],
      [35, "units/unknown"],
      // Row 3 lists 省科技厅 for the text's slip 省科学技术局, which only the drafter can confirm; the
      // text's retired 省工信委 is the table's 省工业和信息化厅 (the plan names it): no difference.
      [70, "units/table-mismatch"],
      // Row 5 leaves out the text's 省生态环境厅.
      [72, "units/table-mismatch"],
    ]);
  });

  it("reads its targets, no team built (一支…队伍) among them", async () => {
    const rows = (await targets(PROVINCE)).map((row) => [row.indicator, row.value, row.horizon, row.verdict, row.blank]);
    expect(rows.map(([indicator]) => indicator)).not.toContain("高素质计量人才队伍");
    expect(rows).toContainEqual(["制造业产品质量合格率", 93, 2025, "weaker", false]);
    expect(rows).toContainEqual(["省级计量标准总数", null, 2025, "no-parent", true]);
  });

  it("counts the retired 省工信委 as the 省工业和信息化厅 the plan names", async () => {
    const report = await jsonReport<{ files: { units: { unit: string; writings: string[]; tasks: number }[] }[] }>("units", PROVINCE);
    const units = report.files[0]!.units;
    expect(units.find((unit) => unit.unit === "省工业和信息化厅")).toMatchObject({ writings: ["省工业和信息化厅", "省工信委"], tasks: 4 });
    expect(units.map((unit) => unit.unit)).not.toContain("省工信委");
  });
});

describe("a city's 一站式 plan pasted from its government's web page", () => {
  it("reports the planted defects and the page's debris, and reads the 目录 as contents", async () => {
    expect(await findings(CITY)).toEqual([
      // The breadcrumb and metadata table, its title row with it: one finding for the page's head.
      [1, "structure/leading-debris"],
      // 目　　录 over headings without pages: contents, no reversal of 一、 after 三、.
      [22, "structure/table-of-contents"],
      // 中发〔2023〕17号: the outline's number is 中发〔2022〕17号.
      [27, "xref/title"],
      // ××个 产业特色服务站; 食品抽检合格率 97% by 2027 under the outline's 98% for 2025.
      [31, "text/placeholder"],
      [31, "targets/weaker-than-parent"],
      // 市质监局: the retired name of the 市市场监管局 it lists.
      [39, "units/unknown"],
      // （三）（三）（五）.
      [41, "numbering/sequence"],
      // The page's footer.
      [83, "structure/trailing-text"],
    ]);
  });

  it("reads the preamble under the contents: the outline is its parent", async () => {
    const rows = await targets(CITY);
    expect(rows.find((row) => row.indicator === "食品抽检合格率")?.verdict).toBe("weaker");
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { jsonReport } from "../support/cli";

/**
 * Three plans of themes the other reviewer plans lack, written for this (test/fixtures/reviewer/
 * theme-*.plan) and read as a reviewer reads them: a city's 标准化 action plan with goals for 2025
 * and 2027 and a table of both, a county's three-year brand plan whose 2026 goals fall short of
 * the outline's 2025 ones, and a city's food and drug plan with lists that write their measure
 * once, years given 分别, a share in 成, a table whose base is left XX. Each answer below was
 * checked by reading the plan.
 */
const DIR = join(__dirname, "..", "fixtures", "reviewer");
const STANDARDS = join(DIR, "theme-standards.plan");
const BRAND = join(DIR, "theme-brand.plan");
const FOOD = join(DIR, "theme-food-drug.plan");

interface TargetRow {
  indicator: string;
  value: number | null;
  horizon: number | null;
  verdict: string;
}

async function rows(file: string): Promise<Row[]> {
  return (await jsonReport<{ rows: TargetRow[] }>("targets", file)).rows.map((row) => `${row.indicator} ${row.value} ${row.horizon} ${row.verdict}`);
}

async function covered(file: string): Promise<string[]> {
  return (await jsonReport<{ items: Array<{ number: string; covered: boolean }> }>("coverage", file)).items.filter((item) => item.covered).map((item) => item.number);
}

const findings = (file: string) => analyze(readFileSync(file, "utf8")).findings.map((f) => `${f.rule} ${f.message}`);

/** A target row as `indicator value horizon verdict`. */
type Row = string;

/** Rows each plan's targets must have, as a reviewer read them. */
const READINGS: Array<[plan: string, file: string, expected: Row[]]> = [
  [
    "the food and drug plan",
    FOOD,
    [
      "食品抽检合格率 98.5 2025 stricter",
      "农产品质量安全例行监测合格率 97.5 2025 weaker",
      // 保持在九成八以上: 98%, a level, not a direction.
      "食用农产品例行监测合格率 98 2025 meets",
      // 食品、药品、特种设备安全事故起数均…: the measure the list writes once.
      "食品安全事故起数 3 2025 no-parent",
      "特种设备安全事故起数 3 2025 no-parent",
      // 2025年、2027年药品抽检合格率分别…: each year its figure.
      "药品抽检合格率 99 2025 no-parent",
      "药品抽检合格率 99.5 2027 no-parent",
      // A 2027 target above the outline's 2025 one only meets it.
      "食品抽检合格率 99 2027 meets",
      "大中型企业食品安全管理体系认证覆盖率 95 2027 no-parent",
      "小微企业食品安全管理体系认证覆盖率 60 2027 no-parent",
      // A table row whose 2023 base is XX keeps its targets.
      "大型食品生产企业HACCP认证率 80 2025 no-parent",
      "大型食品生产企业HACCP认证率 90 2027 no-parent",
    ],
  ],
  [
    "the standards plan (goals for 2025 and 2027)",
    STANDARDS,
    [
      // 重点行业、中小企业标准化覆盖率: a list of scopes and the measure they share.
      "重点行业标准化覆盖率 90 2027 no-parent",
      "中小企业标准化覆盖率 60 2027 no-parent",
      "制造业产品质量合格率 95 2025 stricter",
      "制造业产品质量合格率 96 2027 meets",
      "农业标准化生产普及率 75 2027 meets",
    ],
  ],
];

describe("plans of other themes, read as a reviewer reads them", () => {
  it.each(READINGS)("reads %s's targets as written, compared with the outline's by year", async (_plan, file, expected) => {
    expect(await rows(file)).toEqual(expect.arrayContaining(expected));
  });

  it("reports in the food and drug plan the weaker target once, the placeholders, and nothing else", async () => {
    expect((await rows(FOOD)).filter((row) => row.endsWith(" weaker"))).toEqual(["农产品质量安全例行监测合格率 97.5 2025 weaker", "农产品质量安全例行监测合格率 97.5 2025 weaker"]);
    const found = findings(FOOD);
    expect(found.map((f) => f.split(" ")[0])).toEqual(["targets/weaker-than-parent", "targets/blank", "text/placeholder"]);
    expect(found[0]).toContain("“农产品质量安全例行监测合格率”的目标“97.5%”");
    expect(await covered(FOOD)).toEqual(expect.arrayContaining(["（十）", "（二十七）"]));
  });

  it("reports in the standards plan only its placeholder, and no citation of the outline as unrelated", async () => {
    expect(findings(STANDARDS).map((f) => f.split(" ")[0])).toEqual(["targets/blank"]);
    expect(await covered(STANDARDS)).toEqual(expect.arrayContaining(["（二十八）"]));
  });

  it("reports the brand plan's 2026 targets under the outline's 2025 ones as weaker, and the one held at 98%以上 as meeting it", async () => {
    expect((await rows(BRAND)).filter((row) => !row.endsWith(" no-parent"))).toEqual([
      "制造业质量竞争力指数 85 2026 weaker",
      "制造业产品质量合格率 93 2026 weaker",
      "农产品质量安全例行监测合格率 98 2026 meets",
    ]);
    expect(findings(BRAND).map((f) => f.split(" ")[0])).toEqual(["targets/weaker-than-parent", "targets/weaker-than-parent"]);
    expect(await covered(BRAND)).toEqual(expect.arrayContaining(["（二十一）"]));
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { compareWithParents } from "../../server/src/core/targets/compare";
import { extractTargets } from "../../server/src/core/targets/extract";
import { synonymsFor } from "../../server/src/core/targets/synonyms";
import type { PlanTarget } from "../../server/src/core/targets/types";
import { readSeed, SEED_NAMES, type SeedName } from "../support/seeds";

/**
 * The goals sections of three real plans, target by target, against tables written by hand
 * from the plan text (test/seeds/expected/targets/*.md): every part of every target.
 */
const HEADER = "| 行 | 位置 | 种类 | 指标 | 比较词 | 数值 | 上限 | 单位 | 限定 | 方向 | 力争 | 年份 | 年份来源 | 基年 |";

function row(text: string, target: PlanTarget): string {
  const line = text.slice(0, target.start).split("\n").length;
  const cells = [
    line,
    target.path.join(""),
    target.kind,
    target.indicator,
    target.comparator,
    target.value ?? "",
    target.upper ?? "",
    target.unit,
    target.qualifier,
    target.sense,
    target.aspirational ? "是" : "",
    target.horizon ?? "",
    target.horizonSource ?? "",
    target.baseYear ?? "",
  ];
  return `| ${cells.join(" | ")} |`;
}

function expectedRows(name: SeedName): string[] {
  const table = readFileSync(join(__dirname, "expected", "targets", `${name}.md`), "utf8");
  const lines = table.split("\n").filter((line) => line.startsWith("| "));
  expect(lines[0]).toBe(HEADER);
  return lines.slice(1);
}

describe.each(["ganzhou-2024", "nanjing-2023", "chengdu-2023-draft"] as const)("targets of the goals section of %s", (name) => {
  it("are exactly the hand-written table", () => {
    const text = readSeed(name);
    const { targets } = extractTargets(buildPlan(text));
    expect(targets.filter((target) => target.inGoals).map((target) => row(text, target))).toEqual(expectedRows(name));
  });
});

describe("targets in task bodies", () => {
  it("Nanjing （一）: 到2025年，全市科技企业孵化器数量达到260家", () => {
    const { targets } = extractTargets(buildPlan(readSeed("nanjing-2023")));
    const incubators = targets.find((target) => target.indicator === "科技企业孵化器数量");
    expect(incubators).toMatchObject({ kind: "level", comparator: "达到", value: 260, unit: "家", horizon: 2025, inGoals: false, path: ["二、", "(一)"] });
  });

  it("Fuzhou task 1: 工业互联网平台普及率力争达到45% is aspirational and has no year", () => {
    const { targets } = extractTargets(buildPlan(readSeed("fuzhou-2023-draft")));
    const platform = targets.find((target) => target.indicator === "工业互联网平台普及率");
    expect(platform).toMatchObject({ value: 45, unit: "%", aspirational: true, horizon: null, inGoals: false });
  });
});

/**
 * Every `targets/` finding on the five real plans, each with the reason it is a real defect.
 * Anything not listed here must not be reported.
 */
const EXPECTED_FINDINGS: Record<SeedName, Array<{ finding: string; reason: string }>> = {
  "ganzhou-2024": [],
  "fuzhou-2023-draft": [
    { finding: "33 targets/blank 达到 %", reason: "the draft left 数字经济核心产业增加值占GDP比重 without its figure" },
    { finding: "33 targets/blank 达到 %", reason: "and 战略性新兴产业增加值占规模以上工业比重 too" },
    {
      finding: "33 targets/weaker-than-parent 制造业质量竞争力指数稳定在中等质量竞争力阶段",
      reason: "the plan cites the outline, which sets 制造业质量竞争力指数达到86; the draft gives no figure, only 稳定在中等质量竞争力阶段",
    },
  ],
  "nanjing-2023": [],
  // An annual action plan (exempt from targets/no-goals) with no quantified target at all.
  "jiangxi-2016": [],
  // Chengdu's draft cites no title; its preamble implements the 质量强国 decisions, so the outline
  // is its inferred parent (parents/resolve.ts), which sets 98%以上 where the draft only ranks.
  "chengdu-2023-draft": [
    {
      finding: "15 targets/relative 农产品质量安全合格率、主要食品药品安全抽检合格率位居全国前列",
      reason: "the outline sets 农产品质量安全例行监测合格率…达到98%以上; the draft says 位居全国前列, a rank among the provinces with no figure of its own: not comparable, an info",
    },
    {
      finding: "15 targets/relative 主要食品药品安全抽检合格率位居全国前列",
      reason: "and 食品抽检合格率…达到98%以上 likewise, where the draft says 位居全国前列",
    },
  ],
};

describe("Chengdu's 工作目标 against the national outline", () => {
  const text = readSeed("chengdu-2023-draft");
  const config = { parents: ["quality-power-outline-2023"] };

  it("compares its 2027 工业产品质量合格率达94%以上 with the national 2025 制造业产品质量合格率达到94%: meets", () => {
    const { plan, parents } = analyze(text, { config });
    const target = extractTargets(plan).targets.find((t) => t.indicator === "工业产品质量合格率")!;
    const comparison = compareWithParents(target, parents, synonymsFor(config));
    expect(comparison.verdict).toBe("meets");
    expect(comparison.parentTarget).toMatchObject({ indicator: "制造业产品质量合格率", value: 94, unit: "%" });
    expect(comparison.parent?.title).toBe("质量强国建设纲要");
    expect(comparison.reason).toBe("2027年的目标与纲要2025年的94%持平（纲要没有2027年的目标）");
  });

  it("finds the figures it only gives a direction for weaker, and its 2027 指数达91 consistent with the 2025 86", () => {
    const { plan, parents, findings } = analyze(text, { config });
    const verdicts = extractTargets(plan)
      .targets.filter((t) => t.inGoals)
      .map((t) => `${t.indicator} ${compareWithParents(t, parents, synonymsFor(config)).verdict}`);
    expect(verdicts).toEqual([
      "工业产品质量合格率 meets",
      // 位居全国前列: a rank among the provinces, no figure to weigh against the outline's 98%以上.
      "农产品质量安全合格率 no-parent",
      "主要食品药品安全抽检合格率 no-parent",
      "建筑、水利、交通等单位工程验收合格率 no-parent",
      // Above the national figure, but two years later: not known to be stricter.
      "制造业质量竞争力指数 meets",
      // A part of the outline's 服务质量满意度, whose 全面提升 it localises (保持全国前列).
      "公共服务质量满意度 meets",
    ]);
    expect(findings.filter((f) => f.rule === "targets/weaker-than-parent")).toEqual([]);
    expect(findings.filter((f) => f.rule === "targets/relative").map((f) => text.slice(f.start, f.end))).toEqual([
      "农产品质量安全合格率、主要食品药品安全抽检合格率位居全国前列",
      "主要食品药品安全抽检合格率位居全国前列",
    ]);
  });
});

describe.each(SEED_NAMES)("targets/ findings on seed %s", (name) => {
  it("are exactly the legitimate ones, each checked in with its reason", () => {
    const text = readSeed(name);
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    const actual = analyze(text)
      .findings.filter((finding) => finding.rule.startsWith("targets/"))
      .map((finding) => `${lineOf(finding.start)} ${finding.rule} ${text.slice(finding.start, finding.end)}`);
    expect(actual.sort()).toEqual(EXPECTED_FINDINGS[name].map((entry) => entry.finding).sort());
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { readSeed, SEED_NAMES, type SeedName } from "../support/seeds";

/**
 * Every `units/` finding on the five real plans, each with the reason it is a real defect. The
 * built-in registry knows every real name in them; anything not listed here must not be reported.
 */
/** Nanjing's clauses by line, as written, so the expectation below stays readable. */
const NANJING_CLAUSES = new Map(
  readSeed("nanjing-2023")
    .split("\n")
    .flatMap((line, index) => {
      const clause = /\(责任部门:[^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(line.trimEnd());
      return clause ? [[index + 1, clause[0]] as const] : [];
    }),
);

const EXPECTED: Record<SeedName, Array<{ finding: string; reason: string }>> = {
  "ganzhou-2024": [],
  "fuzhou-2023-draft": [
    {
      finding: "69 units/alias 人行抚州市分行",
      reason: "task 9 writes 人行抚州市分行, task 15 writes 中国人民银行抚州市分行: one bank under two names in one plan",
    },
    { finding: "69 units/duplicate 市卫健委", reason: "task 9 lists 市卫健委 twice (5th and 16th name)" },
    {
      finding: "69 units/unknown 人社局",
      reason: "the last name of task 9 drops the 市 of 市人社局 — which the same clause already lists, so it is a leftover",
    },
  ],
  "nanjing-2023": [
    // （二十七） alone uses the standard 〔〕; the other 27 clauses use ASCII ( ). The majority is
    // counted among standard forms only, so the 27 move to 〔〕 — never the standard one to ( ).
    ...[13, 14, 15, 17, 18, 19, 21, 22, 23, 24, 26, 27, 28, 30, 31, 32, 34, 35, 37, 38, 40, 41, 42, 43, 45, 46, 48].map((line) => ({
      finding: `${line} units/clause-style ${NANJING_CLAUSES.get(line)}`,
      reason: "ASCII ( ) where the plan's one standard clause writes 〔〕",
    })),
  ],
  // A provincial plan of 2016: its 省 names (省工信委, 省质量技术监督局 …, abolished in the 2018
  // reform but current then) are not checked against the city-level registry.
  "jiangxi-2016": [],
  "chengdu-2023-draft": [
    // 市经信局市新经济委 in 22 clauses: 成都市经济和信息化局 also bears the name 市新经济发展委员会
    // (one body, two names); written run together it reads as one unknown unit.
    ...[21, 22, 23, 26, 28, 30, 33, 34, 35, 39, 42, 47, 52, 53, 55, 57, 58, 59, 62, 63, 64, 66].map((line) => ({
      finding: `${line} units/run-together 市经信局市新经济委`,
      reason: "two registry names with no separator: 、 for two units, 市经信局（市新经济委） for one body with two names",
    })),
    { finding: "22 units/alias 市交通局", reason: "task （一）2 writes 市交通局, four other clauses 市交通运输局: one bureau, two names" },
    { finding: "63 units/unknown 住建局", reason: "（九）2 lists 住建局、水利、交通局: 住建局 drops the 市 of 市住建局" },
    { finding: "63 units/unknown 水利", reason: "水利 is a field, not a unit: 市水利局, or 市水务局 as Chengdu's bureau is named elsewhere in the plan" },
    { finding: "63 units/unknown 交通局", reason: "交通局 drops the 市 of 市交通运输局 (市交通局)" },
  ],
};

describe.each(SEED_NAMES)("units/ findings on seed %s", (name) => {
  it("are exactly the legitimate ones, each checked in with its reason", () => {
    const text = readSeed(name);
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
    const actual = analyze(text)
      .findings.filter((finding) => finding.rule.startsWith("units/"))
      .map((finding) => `${lineOf(finding.start)} ${finding.rule} ${text.slice(finding.start, finding.end)}`);
    expect(actual.sort()).toEqual(EXPECTED[name].map((entry) => entry.finding).sort());
  });
});

describe("units/ on the seeds, in detail", () => {
  it("suggests the nearest registry names for Chengdu's 住建局、水利、交通局", () => {
    const text = readSeed("chengdu-2023-draft");
    const unknown = analyze(text).findings.filter((finding) => finding.rule === "units/unknown");
    expect(unknown.map((finding) => [text.slice(finding.start, finding.end), finding.suggestions?.map((s) => s.edits[0]!.newText)])).toEqual([
      ["住建局", ["市住建局"]],
      // Chengdu has a 水务局, which the plan names, and no 水利局 (units/counterparts.ts).
      ["水利", ["市水务局"]],
      ["交通局", ["市交通运输局"]],
    ]);
  });

  it("fixes Fuzhou's repeated 市卫健委 by removing the second one with its separator", () => {
    const text = readSeed("fuzhou-2023-draft");
    const duplicate = analyze(text).findings.find((finding) => finding.rule === "units/duplicate")!;
    const edit = duplicate.fix!.edits[0]!;
    expect(text.slice(edit.start, edit.end)).toBe("、市卫健委");
    expect(text.slice(edit.start - 6, edit.end + 5)).toBe("市文广新旅局、市卫健委、人社局)");
  });

  it("infers the level that must carry clauses: 3 in Ganzhou, 2 in Nanjing and Jiangxi — and finds no task without one", () => {
    for (const name of SEED_NAMES) {
      expect(analyze(readSeed(name)).findings.filter((finding) => finding.rule === "units/missing-clause")).toEqual([]);
    }
  });
});

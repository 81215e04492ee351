import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";
import type { PlanDocument } from "../../server/src/core/model/types";
import { readSeed } from "../support/seeds";
import { FRAGMENTS, soup } from "../support/tokenSoup";

/** One edit as an editor sends it: replace [at, at + remove) (scaled to the text) with `insert`. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS, "", "---", "---\n", "\r", "\n"), fc.string({ maxLength: 4 })),
});

function apply(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(change.at * text.length);
  return text.slice(0, at) + change.insert + text.slice(Math.min(text.length, at + change.remove));
}

// A seed's first lines give the sequences real front matter-free plans with long lines.
const seedHead = readSeed("nanjing-2023").slice(0, 1500);
const start = fc.oneof({ weight: 3, arbitrary: soup }, { weight: 1, arbitrary: soup.map((s) => seedHead + s) }, { weight: 1, arbitrary: soup.map((s) => `---\n标题: 示例\n---\n${s}`) });

/** Sequences analysed whole, kept against fresh: fewer, as each case runs every rule per edit. */
const ANALYSIS_RUNS = Math.max(100, Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) / 5);

describe("incremental re-parse", () => {
  it("equals a fresh parse after every edit of a random sequence", () => {
    let incremental = 0;
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, edits) => {
        const parser = new IncrementalParser();
        let text = initial;
        parser.parse(text);
        for (const change of edits) {
          text = apply(text, change);
          const result = parser.parse(text);
          if (parser.lastMode === "incremental") incremental++;
          const fresh = parseSyntax(text);
          // JSON first (fast); toEqual only to show the difference.
          if (JSON.stringify(result) !== JSON.stringify(fresh)) expect(result).toEqual(fresh);
        }
      }),
      { numRuns: Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) },
    );
    // The property is only worth something if most edits took the incremental path.
    expect(incremental).toBeGreaterThan(1000);
  }, 120_000);

  // The core remembers work by node where the parser's nodes live on (nodesAreKept: a text
  // run's targets, a line's impossible dates): what it finds over the incremental parse must be
  // what a fresh analysis finds. Goals paragraphs with targets give those memos work…
  it("gives the analysis what a fresh parse gives it, targets and findings alike", () => {
    // …lines with an impossible date, which structure/impossible-date remembers by line node,
    // and lines with 发文字号 well and badly bracketed, which xref/doc-number remembers so.
    // …and lines with format characters, which text/invisible-char remembers by line node
    // (a byte order mark inside the text, a soft hyphen, a bidi override, a ZWJ in an emoji).
    const goals = `${readSeed("ganzhou-2024").slice(0, 4000)}\n  （三）于2024年2月30日前完成。\n2.到二〇二五年十三月，建成体系。\n3.落实《实施意见》（赣发[23]第08号）、赣府发〔202311号和赣府发2023〕11号文件。\n\uFEFF4.推进\u200b质量\u00ad强市\u202e建设👨\u200d👩。〔责任单位：市市场\u2060监管局〕\n`;
    const targetsOf = (plan: PlanDocument) =>
      JSON.stringify(extractTargets(plan).targets.map(({ item, source, ...target }) => ({ ...target, item: item?.line.start ?? null })));
    fc.assert(
      fc.property(soup.map((s) => goals + s), fc.array(edit, { minLength: 1, maxLength: 6 }), (initial, edits) => {
        const parser = new IncrementalParser();
        let text = initial;
        analyze(text, { syntax: parser.parse(text) });
        for (const change of edits) {
          text = apply(text, change);
          const kept = analyze(text, { syntax: parser.parse(text) });
          const fresh = analyze(text);
          expect(targetsOf(kept.plan)).toBe(targetsOf(fresh.plan));
          expect(JSON.stringify(kept.findings)).toBe(JSON.stringify(fresh.findings));
        }
      }),
      { numRuns: ANALYSIS_RUNS },
    );
    // A case took 200 ms on a shared machine: a hunt's many cases get the time to fail rather than time out.
  }, Math.max(120_000, ANALYSIS_RUNS * 1000));

  // A line's targets are kept by line node (targets/lineTargets.ts) with what they depend on
  // beyond the line: the horizon a heading or line above opens and where it stands, the goals, a
  // year label, the plan's year and period, the text just past the line. Edits inside a table of
  // indicators, the goals, the measures and a year's line must read as a fresh analysis does.
  it("reads the targets of kept lines as a fresh analysis does, edits in tables, goals, measures and year lines", () => {
    const plan = [
      "某市质量强市建设实施方案（2024—2027年）",
      "一、主要目标",
      "到2027年，全市制造业产品质量合格率达到95%以上，较2023年提高1个百分点。",
      "培育省级质量标杆企业20家，新增国家级检验检测中心2个，",
      "分别达到30家、40家。",
      "序号\t指标名称\t单位\t2023年基数\t2027年目标",
      "1\t食品抽检合格率\t%\t97.5\t≥98",
      "2\t公共服务质量满意度\t分\t78\t82",
      "（二）2026年目标",
      "每年新增品牌10个，力争2026年建成服务站5个，质量竞争力指数达到86。",
      "二、重点任务",
      "（一）提升产品质量。每年开展质量提升行动10次，帮扶企业500家次（2023年为300家次）。",
      "（二）强化标准引领。主导制修订国家标准15—20项，到2026年底前建成标准化平台1个。",
      "三、发展基础",
      "2023年，全市产品质量合格率为93.1%，现有检验检测机构120家。",
      "某市人民政府",
      "2024年3月1日",
      "",
    ].join("\n");
    const regions = ["到2027年", "合格率达到", "标杆企业", "40家", "食品抽检", "97.5", "\t82", "2026年目标", "力争2026年", "每年开展", "15—20项", "2023年，", "2024年3月"].map((anchor) => plan.indexOf(anchor));
    const near = fc.record({
      region: fc.integer({ min: 0, max: regions.length - 1 }),
      offset: fc.integer({ min: -3, max: 8 }),
      remove: fc.nat({ max: 4 }),
      insert: fc.constantFrom("", "的", "\n", "\t", "，", "。", "；", "、", "2026年", "到2025年，", "力争", "新增", "达到", "96%", "以上", "—", "10个", "较2022年", "分别", "其中", "（", "）", "2028", "5", "年"),
    });
    const targetsOf = (analysed: PlanDocument) => {
      const extraction = extractTargets(analysed);
      return JSON.stringify({
        targets: extraction.targets.map(({ item, source, whole, ...target }) => ({ ...target, item: item?.line.start ?? null, source: source?.valueSpan.start ?? null, whole: whole?.start ?? null })),
        horizons: extraction.horizons.map(({ targets, ...horizon }) => ({ ...horizon, targets: targets.map((target) => target.start) })),
        nameBreaks: extraction.nameBreaks,
      });
    };
    let incremental = 0;
    fc.assert(
      fc.property(fc.array(near, { minLength: 1, maxLength: 6 }), (edits) => {
        const parser = new IncrementalParser();
        let text = plan;
        analyze(text, { syntax: parser.parse(text) });
        // The regions move as the text before them grows or shrinks: each edit is placed in the text as it stands.
        let shift = new Array<number>(regions.length).fill(0);
        for (const change of edits) {
          const at = Math.max(0, Math.min(text.length, regions[change.region]! + shift[change.region]! + change.offset));
          const removed = Math.min(change.remove, text.length - at);
          text = text.slice(0, at) + change.insert + text.slice(at + removed);
          shift = shift.map((moved, k) => (regions[k]! + moved > at ? moved + change.insert.length - removed : moved));
          const kept = analyze(text, { syntax: parser.parse(text) });
          if (parser.lastMode === "incremental") incremental++;
          const fresh = analyze(text);
          expect(targetsOf(kept.plan)).toBe(targetsOf(fresh.plan));
          expect(JSON.stringify(kept.findings)).toBe(JSON.stringify(fresh.findings));
        }
      }),
      { numRuns: ANALYSIS_RUNS / 2 },
    );
    expect(incremental).toBeGreaterThan(ANALYSIS_RUNS / 2);
  }, Math.max(120_000, ANALYSIS_RUNS * 1000));

  // Whether a figure is reported or set is kept by line node (targets/lineReports.ts) with the
  // plan's year: an edit of the date alone turns a kept line's 2024年… from a goal into a report.
  it("reads a kept line's figures again when the plan's year changes", () => {
    const plan = (year: number) =>
      `某市质量强市建设实施方案\n一、主要目标\n（一）工作目标。2024年，全市制造业产品质量合格率达到95%，较上年提高1个百分点。\n二、保障措施\n加强组织领导。\n某市人民政府\n${year}年3月1日\n`;
    const targetsOf = (text: string, syntax?: ReturnType<IncrementalParser["parse"]>) =>
      JSON.stringify(extractTargets(analyze(text, syntax ? { syntax } : {}).plan).targets.map(({ item, source, ...target }) => ({ ...target, item: item?.line.start ?? null })));
    expect(targetsOf(plan(2023))).not.toBe(targetsOf(plan(2025)));
    const parser = new IncrementalParser();
    for (const year of [2023, 2025, 2023]) {
      const text = plan(year);
      expect(targetsOf(text, parser.parse(text))).toBe(targetsOf(text));
    }
    expect(parser.lastMode).toBe("incremental");
  });

  // The model remembers by line node which lines open a clause at their end and which end in
  // no clause of their own (model/clauseReading.ts): typing that opens or closes a bracket, or
  // writes a clause as a line's last sentence, must read as a fresh parse does.
  it("reads clauses across lines and at a line's end as a fresh parse does, edit after edit", () => {
    const clausesOf = (text: string, syntax?: ReturnType<IncrementalParser["parse"]>) =>
      JSON.stringify(analyze(text, syntax ? { syntax } : {}).plan.clauses.map(({ item, tableRow, ...clause }) => ({ ...clause, item: item?.line.start ?? null })));
    const base = "一、主要任务\n1.提升产品质量。开展质量提升行动\n市工信局、市科技局〕\n2.强化标准引领。开展对标达标。\n3.推进计量建设。责任单位：县工信局。\n";
    const versions = [
      base,
      base.replace("开展质量提升行动", "开展质量提升行动。〔责任单位：市发改委、"),
      base.replace("开展质量提升行动", "开展质量提升行动。〔责任单位：市发改委、").replace("开展对标达标。", "开展对标达标。牵头单位：市市场监管局"),
      base.replace("开展对标达标。", "开展对标达标。牵头单位：市市场监管局"),
      base.replace("责任单位：县工信局。", "责任单位县工信局。"),
      base,
    ];
    const parser = new IncrementalParser();
    for (const text of versions) expect(clausesOf(text, parser.parse(text))).toBe(clausesOf(text));
  });

  it("re-uses the untouched lines' nodes", () => {
    const parser = new IncrementalParser();
    const text = readSeed("ganzhou-2024");
    const before = parser.parse(text).document.lines;
    const middle = text.indexOf("\n", text.length >> 1) + 1;
    const after = parser.parse(text.slice(0, middle) + "的" + text.slice(middle)).document.lines;
    expect(parser.lastMode).toBe("incremental");
    expect(after.length).toBe(before.length);
    expect(after[0]).toBe(before[0]);
    expect(after[after.length - 1]).toBe(before[before.length - 1]);
  });
});

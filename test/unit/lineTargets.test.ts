import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { extractTargets } from "../../server/src/core/targets/extract";
import { inlinePartsOf } from "../../server/src/core/model/inline";

// Counts the grammar's targets read into the plan's (modelTargets.ts fromModel) and the text runs
// whose readings are placed (textReadings.ts placeFromText): a line's reading, kept or not.
const calls = vi.hoisted(() => ({ model: 0, text: 0 }));
vi.mock("../../server/src/core/targets/modelTargets", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../server/src/core/targets/modelTargets")>();
  return {
    ...actual,
    fromModel: (...args: Parameters<typeof actual.fromModel>) => {
      calls.model++;
      return actual.fromModel(...args);
    },
  };
});
vi.mock("../../server/src/core/targets/textReadings", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../server/src/core/targets/textReadings")>();
  return {
    ...actual,
    placeFromText: (...args: Parameters<typeof actual.placeFromText>) => {
      calls.text++;
      return actual.placeFromText(...args);
    },
  };
});

const PLAN = [
  "某市质量强市建设实施方案（2024—2027年）",
  "一、主要目标",
  "到2027年，全市制造业产品质量合格率达到95%，较2023年提高1个百分点。",
  "培育省级质量标杆企业20家，新增国家级检验检测中心2个。",
  "建成省级质量基础设施一站式服务站10个。",
  "二、重点任务",
  "（一）提升产品质量。每年开展质量提升行动10次，帮扶企业500家次。",
  "（二）强化标准引领。主导制修订国家标准15项以上。",
  "三、保障措施",
  "坚持党的全面领导。把党的领导贯穿质量强市建设全过程，确保各项任务落到实处、见到实效，不断提升人民群众的获得感。",
  "加强组织领导。各地各部门要把质量强市建设摆上重要议事日程，主要负责同志亲自抓、负总责，研究解决工作中的重大问题。",
  "强化督促落实。建立健全工作台账和通报制度，定期调度各项任务推进情况，对工作推进不力的单位予以督促提醒。",
  "营造良好氛围。充分利用报刊、广播、电视和网络等媒体，广泛宣传质量强市建设的好经验好做法，形成全社会共同参与的良好局面。",
  "",
].join("\n");

const targetsOf = (text: string, syntax?: ReturnType<IncrementalParser["parse"]>) => {
  const extraction = extractTargets(analyze(text, syntax ? { syntax } : {}).plan);
  return JSON.stringify({
    targets: extraction.targets.map(({ item, source, whole, ...target }) => ({ ...target, item: item?.line.start ?? null, source: source?.valueSpan.start ?? null, whole: whole?.start ?? null })),
    horizons: extraction.horizons.map(({ targets, ...horizon }) => ({ ...horizon, targets: targets.length })),
  });
};

const typed = (text: string, after: string) => {
  const at = text.indexOf(after) + after.length;
  return text.slice(0, at) + "的" + text.slice(at);
};

describe("a line's targets, kept by line where the parser keeps lines", () => {
  it("are read again only on the lines a keystroke touched", () => {
    const parser = new IncrementalParser();
    calls.model = calls.text = 0;
    analyze(PLAN, { syntax: parser.parse(PLAN) });
    expect(calls.model).toBeGreaterThan(0);
    expect(calls.text).toBeGreaterThan(0);
    // A keystroke in the 保障措施, away from every figure: no line of targets is read again.
    const edited = typed(PLAN, "营造良好");
    calls.model = calls.text = 0;
    expect(targetsOf(edited, parser.parse(edited))).toBe(targetsOf(edited));
    expect(parser.lastMode).toBe("incremental");
    // (targetsOf's fresh analysis reads every line: only the kept one is counted here.)
    const fresh = { model: 0, text: 0 };
    calls.model = calls.text = 0;
    targetsOf(edited);
    fresh.model = calls.model;
    fresh.text = calls.text;
    const again = typed(edited, "强化督促");
    calls.model = calls.text = 0;
    const syntax = parser.parse(again);
    analyze(again, { syntax });
    expect(parser.lastMode).toBe("incremental");
    // The text runs of the line typed in and of the two the parser read with it; no figure.
    const typedLine = syntax.document.lines.findIndex((line) => again.slice(line.start, line.end).startsWith("强化督促的"));
    const runs = syntax.document.lines.slice(typedLine - 1, typedLine + 2).reduce((sum, line) => sum + inlinePartsOf(line).filter((part) => part.type === "text").length, 0);
    expect(runs).toBeGreaterThan(0);
    expect(calls.model).toBe(0);
    expect(calls.text).toBe(runs);
    // A keystroke in a task's line reads that line and those near it (the parser's, and a figure's
    // whose look past its line's end reaches them), not the plan.
    const inTask = typed(again, "主导制修订");
    calls.model = calls.text = 0;
    analyze(inTask, { syntax: parser.parse(inTask) });
    expect(calls.text).toBeGreaterThan(0);
    expect(calls.text).toBeLessThan(fresh.text);
  });

  it("are read for every line where each parse makes new lines (the CLI)", () => {
    calls.model = calls.text = 0;
    analyze(PLAN);
    const first = { model: calls.model, text: calls.text };
    calls.model = calls.text = 0;
    analyze(typed(PLAN, "营造良好"));
    expect(calls).toEqual(first);
  });

  it("are read again where what they depend on beyond the line changed: the goals, the horizon, the plan's years", () => {
    const versions = [
      PLAN,
      // The heading that makes the lines below it goals: the count with no verb is a goal only there.
      PLAN.replace("培育省级质量标杆企业20家，", "省级质量标杆企业20家，"),
      PLAN.replace("培育省级质量标杆企业20家，", "省级质量标杆企业20家，").replace("一、主要目标", "一、工作内容"),
      // The horizon in force moves away from the lines it governs, or changes its year.
      PLAN.replace("到2027年，全市", "力争到2027年，全市"),
      PLAN.replace("到2027年，全市", "到2027年，全市域"),
      PLAN.replace("到2027年，全市", "到2026年，全市"),
      PLAN.replace("较2023年提高1个百分点。\n", "较2023年提高1个百分点。\n\n"),
      // The plan's period, in its title, and so the period's end that dates a task's count.
      PLAN.replace("（2024—2027年）", "（2024—2028年）"),
      PLAN,
    ];
    const parser = new IncrementalParser();
    for (const text of versions) expect(targetsOf(text, parser.parse(text))).toBe(targetsOf(text));
    expect(parser.lastMode).toBe("incremental");
  });

  it("are read again where the text they looked at past the line's end changed", () => {
    // A range's upper end is read on past the line's end, over a blank line (98 is the range's
    // end where a dash comes before it): the line two below is no neighbour the parser reads again.
    const base = PLAN.replace("全市制造业产品质量合格率达到95%，较2023年提高1个百分点。", "全市制造业产品质量合格率达到95%\n\n98家企业通过认证。");
    const ranged = base.replace("\n98家", "\n—98家");
    expect(targetsOf(ranged)).not.toBe(targetsOf(base));
    const parser = new IncrementalParser();
    for (const text of [base, ranged, base]) expect(targetsOf(text, parser.parse(text))).toBe(targetsOf(text));
    expect(parser.lastMode).toBe("incremental");
  });
});

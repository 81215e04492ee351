import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/** The plan's text with every Chinese numeral taken out: a renumbering may change nothing else. */
const words = (text: string) => text.replace(/[一二三四五六七八九十]/gu, "");

const fixOf = (text: string, marker: string) => analyze(text).findings.find((finding) => finding.rule === "numbering/sequence" && text.slice(finding.start, finding.end) === marker)?.fix;

describe("a renumbering carries the references to the items it renumbers", () => {
  it("rewrites 本方案第X部分 and 上述第（N）项 with the new numbers and says so in the fix", () => {
    const text = "示例市质量提升行动方案\n一、总体要求\n（一）主要目标\n见本方案第四部分，落实上述第（三）项。\n（三）工作原则\n坚持问题导向。\n四、保障措施\n（一）加强组织领导\n";
    expect(fixOf(text, "四、")!.description).toBe("重新编号本组：改为“二、”，并更新 1 处引用");
    expect(fixOf(text, "（三）")!.description).toBe("重新编号本组：改为“（二）”，并更新 1 处引用");
    const fixed = fixAll(text).text;
    expect(fixed).toContain("见本方案第二部分，落实上述第（二）项。");
    expect(words(fixed)).toBe(words(text));
    expect(fixAll(fixed).text).toBe(fixed);
    expect(analyze(fixed).findings.filter((finding) => finding.rule === "xref/section-ref")).toEqual([]);
  });

  it("carries both numbers of 本方案第二部分第（三）项, each with the fix of its own level", () => {
    const text = "示例市质量提升行动方案\n一、总体要求\n落实本方案第三部分第（三）项。\n三、重点任务\n（一）提升产品质量\n（三）强化质量基础\n";
    const fixed = fixAll(text).text;
    expect(fixed).toContain("落实本方案第二部分第（二）项。");
    expect(fixed).toContain("二、重点任务\n（一）提升产品质量\n（二）强化质量基础");
  });

  it("leaves a reference that names no item, or more than one, or would name another after the renumbering", () => {
    // 第三部分 names nothing before (三、 is missing): which item the drafter meant is theirs to say.
    const missing = "示例市质量提升行动方案\n一、总体要求\n按本方案第三部分推进。\n二、重点任务\n四、保障措施\n";
    expect(fixOf(missing, "四、")!.description).toBe("重新编号本组：改为“三、”");
    // Two 二、: 第二部分 names either.
    const twice = "示例市质量提升行动方案\n一、总体要求\n按本方案第二部分推进。\n二、重点任务\n二、保障措施\n";
    expect(fixAll(twice).text).toContain("按本方案第二部分推进。");
    // Items numbered afresh in each part: 上述第（二）项 names two.
    const afresh = "示例市质量提升行动方案\n一、总体要求\n（一）目标\n（二）原则\n落实上述第（二）项。\n二、重点任务\n（一）提升质量\n（三）强化基础\n";
    expect(fixAll(afresh).text).toContain("落实上述第（二）项。");
  });

  it("carries 第（N）项 within a part of a plan divided 第一部分 …, whose parts no renumbering changes", () => {
    const text = "示例市标准化行动计划\n第一部分 总体要求\n一、目标\n按照本计划第二部分第（三）项推进。\n第二部分 重点任务\n一、完善标准体系\n（一）制定标准\n（三）实施标准\n";
    expect(fixAll(text).text).toContain("按照本计划第二部分第（二）项推进。");
  });
});

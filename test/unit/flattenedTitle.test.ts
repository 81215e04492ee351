import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A plan pasted as one line that starts with its title (`某市……实施方案一、总体要求（一）……`):
 * structure/flattened splits after the title too, when the text before the first `一、` reads
 * as a plan's title (with its period in brackets, if any) and no item has come before. A
 * series of numerals (`一、二、三产业`, `第一、二批`) is never split.
 */
function splits(text: string): string[] {
  const flattened = analyze(text).findings.filter((finding) => finding.rule === "structure/flattened");
  return flattened.flatMap((finding) => finding.fix!.edits.map((edit) => text.slice(edit.end, edit.end + 5)));
}

const BODY = "一、总体要求（一）指导思想坚持质量第一、效益优先。（二）主要目标到2025年，产品质量合格率达到95%以上。二、保障措施（一）加强组织领导。各部门要落实责任。";

describe("a one-line plan that starts with its title", () => {
  it("is split after the title, and the title is read after the fix", () => {
    const text = `某市质量提升行动实施方案${BODY}\n`;
    expect(splits(text)).toEqual(["一、总体要", "（一）指导", "（二）主要", "二、保障措", "（一）加强"]);
    const { plan } = analyze(fixAll(text).text);
    expect(plan.title?.text).toBe("某市质量提升行动实施方案");
    expect(plan.items.map((item) => `${item.marker.text}${item.heading.text}`)).toEqual(["一、总体要求", "二、保障措施"]);
  });

  it("is split after a title with its period in brackets", () => {
    const text = `某市质量提升行动实施方案（2023—2025年）${BODY}\n`;
    expect(splits(text)[0]).toBe("一、总体要");
    const { plan } = analyze(fixAll(text).text);
    expect(plan.title?.text).toBe("某市质量提升行动实施方案（2023—2025年）");
    expect(plan.items).toHaveLength(2);
  });

  it("is not split inside a series of numerals or after text that is not a title", () => {
    expect(splits("某市实施方案一、二、三产业融合发展。\n")).toEqual([]);
    expect(splits("某市实施方案一、二批试点名单。\n")).toEqual([]);
    expect(splits("推进第一、二批试点建设实施方案。\n")).toEqual([]);
    expect(splits("为加快建设质量强市，制定本方案一、总体要求\n")).toEqual([]);
  });

  it("is not split after the outline has begun", () => {
    const text = "某市质量提升行动实施方案\n一、总体要求\n（一）指导思想\n二、主要任务\n某区配套实施方案一、加强领导\n";
    expect(splits(text)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * The page or section breaks a Word or WPS export writes as a character (U+000C) at every page
 * or section it broke: three or more are the copy's habit, one finding at the first for all of
 * them (rules/pasteHabit.ts), whose fix mends each as a lone one's would. Fewer stay findings of
 * their own, and so does every other invisible character: a manual line break (U+000B) is read
 * by where it stands, a zero-width space in a unit's name is a slip of its own.
 */
const PLAN = (breaks: string[]) =>
  `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%。\n${breaks[0] ?? ""}二、重点任务\n1.开展质量攻关。〔责任单位：市市场监管局〕\n${breaks[1] ?? ""}\n2.推进标准引领。〔责任单位：市市场监管局〕\n${breaks[2] ?? ""}三、保障措施\n（一）加强组织领导。〔责任单位：市市场监管局〕\n${breaks[3] ?? ""}`;
const invisible = (text: string) => analyze(text).findings.filter((f) => f.rule === "text/invisible-char");

describe("page breaks written as characters, a copy's habit", () => {
  it("reports three page breaks once, at the first, and its fix deletes every one", () => {
    const text = PLAN(["\f", "\f", "\f"]);
    const findings = invisible(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.start).toBe(text.indexOf("\f"));
    expect(findings[0]!.message).toContain("3 处");
    expect(fixAll(text).text).toBe(text.replaceAll("\f", ""));
  });

  it("mends each as a lone one's fix would: a break between two sentences becomes a line break", () => {
    const text = PLAN(["\f", "\f", "\f"]).replace("达到95%。\n", "达到95%。\f推进质量提升。\n");
    expect(invisible(text)).toHaveLength(1);
    expect(fixAll(text).text).toBe(text.replace("。\f", "。\n").replaceAll("\f", ""));
  });

  it("keeps each manual line break a finding of its own: each is read by where it stands", () => {
    const text = PLAN([]).replace("达到95%。\n", "达到95%。\v推进质量提升。\v坚持标准引领。\v完善质量体系。\n");
    expect(invisible(text)).toHaveLength(3);
  });

  it("keeps two page breaks, and three zero-width spaces, findings of their own", () => {
    expect(invisible(PLAN(["\f", "\f"]))).toHaveLength(2);
    const spaces = PLAN([]).replace("市市场监管局", "市市场\u200b监管局").replace("开展质量", "开展\u200b质量").replace("推进标准", "推进\u200b标准");
    expect(invisible(spaces)).toHaveLength(3);
  });
});

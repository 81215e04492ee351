import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A 政府公报's head over the document (model/gazetteHeader.ts): its name, issue and contents are
 * the gazette's, reported once by structure/leading-debris; the gazette's page heads inside the
 * text stay structure/page-number's, and a document's own title ending in 公报 is no gazette's.
 */
const NOTICE = "示例市人民政府办公室关于印发示例市质量提升行动方案的通知\n各县（市、区）人民政府，市政府各部门：\n现将《示例市质量提升行动方案》印发给你们，请认真贯彻执行。\n示例市人民政府办公室\n2024年3月1日\n";
const PLAN = "示例市质量提升行动方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n二、重点任务\n（一）实施质量攻关。开展质量攻关行动。（责任单位：市工信局）\n";

const rulesAt = (text: string) => analyze(text).findings.map((finding) => `${text.slice(0, finding.start).split("\n").length}: ${finding.rule}`);

describe("a gazette's head over the document", () => {
  it.each([
    ["its contents with pages in brackets under section labels", "目    录\n【市政府办公室文件】\n示例市人民政府办公室关于印发示例市质量提升行动方案的通知……（1）\n【部门文件】\n示例市市场监督管理局关于开展质量月活动的通知……（9）\n", 7],
    ["its contents with bare pages (read as a table of contents too)", "目  录\n示例市人民政府办公室关于印发示例市质量提升行动方案的通知……………1\n示例市人民政府关于公布第二批质量标杆企业名单的通知……………6\n", 5],
    ["no contents (a later page of the issue)", "", 2],
  ])("is one leading-debris finding with %s", (_, contents, lines) => {
    const text = `示例市人民政府公报\n2024年第5期（总第245期）\n${contents}${NOTICE}${PLAN}`;
    const found = rulesAt(text);
    expect(found.filter((rule) => rule.startsWith("1: "))).toEqual(["1: structure/leading-debris"]);
    expect(found.filter((rule) => /structure\/(page-number|table-of-contents)/.test(rule))).toEqual([]);
    const debris = analyze(text).plan.leadingDebris!;
    expect(debris.lines).toHaveLength(lines);
    expect(debris.sources).toEqual(["gazette"]);
  });

  it("is a name by an issue line; a document's title ending in 公报 is no gazette's", () => {
    const named = `示例市市场监督管理公报\n2024年第2期\n${NOTICE}${PLAN}`;
    expect(analyze(named).plan.leadingDebris?.sources).toEqual(["gazette"]);
    const report = `示例市2023年质量状况公报\n${NOTICE}${PLAN}`;
    expect(analyze(report).plan.leadingDebris).toBeNull();
  });
});

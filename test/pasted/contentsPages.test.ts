import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A 目录 pasted without its leaders (model/contents.ts): a WPS or web copy gives each entry's page
 * in brackets (`一、总体要求（1）`) or after spaces (`二、重点任务　　3`). Under a `目录` line such
 * entries, their pages in order, are the contents, never headings of the plan; without the line,
 * or where a page goes back, they are not read so.
 */
const PLAN = "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n二、重点任务\n（一）实施质量攻关。开展质量攻关行动。（责任单位：市工信局）\n";
const TITLE = "示例市质量提升行动方案\n";

const rulesOf = (text: string) => analyze(text).findings.map((finding) => finding.rule);

describe("a table of contents whose pages a copy wrote without leaders", () => {
  it.each([
    ["in brackets", "目  录\n一、总体要求（1）\n（一）主要目标（1）\n二、重点任务（2）\n（一）实施质量攻关（2）\n"],
    ["after full-width spaces", "目录\n一、总体要求　　1\n（一）主要目标　　1\n二、重点任务　　2\n"],
    ["after spaces and in brackets, mixed", "目  录\n一、总体要求 1\n二、重点任务（2）\n"],
  ])("is read as contents with its pages %s: the plan's outline as without it", (_, contents) => {
    const text = `${TITLE}${contents}${PLAN}`;
    const { plan } = analyze(text);
    expect(plan.tableOfContents?.entries.map((entry) => entry.heading)).toEqual(contents.split("\n").slice(1, -1).map((line) => line.replace(/[（ 　]+[0-9]+）?$/u, "")));
    expect(plan.items.map((item) => item.marker.text + item.heading.text)).toEqual(analyze(`${TITLE}${PLAN}`).plan.items.map((item) => item.marker.text + item.heading.text));
    expect(rulesOf(text).filter((rule) => rule.startsWith("numbering/"))).toEqual([]);
    expect(rulesOf(text)).toContain("structure/table-of-contents");
  });

  it("is not read so without a 目录 line, nor past a page that goes back", () => {
    expect(analyze(`${TITLE}一、总体要求（1）\n二、重点任务（2）\n三、保障措施（4）\n${PLAN}`).plan.tableOfContents).toBeNull();
    const back = analyze(`${TITLE}目  录\n一、总体要求（3）\n二、重点任务（2）\n${PLAN}`).plan.tableOfContents;
    expect(back?.entries.map((entry) => entry.page)).toEqual([3]);
  });
});

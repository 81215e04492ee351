import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A 分工表 pasted into the plan's text numbers its section rows (一、推动…) on its own, beside the
 * plan's chapters: before, the rows' 一、二、三、 were counted with 一、工作目标 and 二、重点任务, and
 * numbering/sequence renumbered the table's 一、 and the plan's 三、保障措施.
 */
const table = (sections: readonly string[]) =>
  [
    "某市推进标准化建设三年行动方案",
    "一、工作目标",
    "到2026年，新建省级以上标准化试点示范项目30个以上。",
    "二、重点任务",
    "序号\t重点任务\t责任单位\t完成时限",
    `${sections[0]}推动标准化与科技创新互动发展\t\t\t`,
    "1\t推动科技成果转化为标准\t市科技局（牵头）、市市场监管局\t2025年底前",
    `${sections[1]}提升产业标准化水平\t\t\t`,
    "2\t实施先进制造业标准提升工程\t市工信局（牵头）、市发展改革委\t持续推进",
    `${sections[2]}夯实标准化基础\t\t\t`,
    "3\t培养标准化人才\t市人社局、市教育局\t长期坚持",
    `${sections[3]}保障措施`,
    "（一）加强组织领导。各部门要按照职责分工抓好落实。",
    "",
  ].join("\n");
const numbering = (text: string) => analyze(text).findings.filter((finding) => finding.rule.startsWith("numbering/")).map((finding) => [text.slice(finding.start, finding.start + 4), finding.message]);

describe("the section rows of a table in the plan's text", () => {
  it("number apart from the plan's chapters", () => {
    expect(numbering(table(["一、", "二、", "三、", "三、"]))).toEqual([]);
  });

  it("are still checked among themselves", () => {
    expect(numbering(table(["一、", "三、", "四、", "三、"])).map(([at]) => at)).toEqual(["三、提升"]);
  });

  it("go on with the chapters' count where the plan numbers them so", () => {
    expect(numbering(table(["三、", "四、", "五、", "六、"]))).toEqual([]);
  });
});

describe("the section rows of a table pasted in part (its first section 二、, no 一、 above)", () => {
  const excerpt = (sections: readonly string[], gap: string) =>
    [
      "一、主要任务",
      "（一）开展质量攻关。组织实施攻关项目。",
      "",
      "附件",
      "重点任务分工表（节选）",
      ["序号", "重点任务", "牵头单位", "完成时限"].join(gap),
      ...sections.flatMap((section, index) => [section, [String(index + 5), index === 0 ? "开展质量攻关" : "推进标准化建设", "市市场监管局", "2025年底前"].join(gap)]),
      "",
    ].join("\n");

  it.each([
    ["tabs", "\t"],
    ["wide gaps", "  "],
  ])("count from their own first number, and --fix renumbers none (cells apart by %s)", (_parting, gap) => {
    for (const sections of [["二、提升工程质量"], ["二、提升工程质量", "三、提升服务质量"]]) {
      const text = excerpt(sections, gap);
      expect(numbering(text)).toEqual([]);
      expect(fixAll(text).text).toBe(text);
    }
  });

  it("are still checked among themselves", () => {
    expect(numbering(excerpt(["二、提升工程质量", "四、提升服务质量"], "\t")).map(([at]) => at)).toEqual(["四、提升"]);
  });
});

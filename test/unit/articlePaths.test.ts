import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { outlineEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { pathOf } from "../../server/src/core/units/matrix";
import { unitReport } from "../../server/src/core/units/report";
import { registryFor } from "../../server/src/core/units/registry";

/**
 * In a document written in articles each article's （一）（二） count from （一） again, as a
 * part's 一、 do: an item's path names the article whose provision lists it (第二章 › 第五条 ›
 * （一）), as the outline nests it. Before, the items of 第四条 and 第五条 were both 第二章 › （一）
 * in the unit report, the coverage report and the messages.
 */
const ARTICLES = `示例市质量提升工作办法
第一章　总则
第一条　为推动我市质量提升，根据《质量强国建设纲要》，制定本办法。
第二章　职责分工
第二条　市市场监管局负责全市质量工作的统筹协调。（责任单位：市市场监管局）
第三条　各部门应当按照下列要求开展工作：
（一）加强产品质量监督抽查。开展抽查。（责任单位：市市场监管局）
（二）推进标准化建设。
1.制定地方标准。（责任单位：市市场监管局、市工信局）
第四条　各区应当做好以下工作：
（一）加强产品质量监督抽查。开展抽查。（责任单位：各区人民政府）
（二）推进品牌建设。
第三章　附则
第五条　本办法自印发之日起施行。
附件：重点工作清单
附件
重点工作清单
一、加强质量基础设施建设。（责任单位：市市场监管局）
`;

describe("the path of an item in a document written in articles", () => {
  it("names the article between the part and the item's markers, as the outline nests it", () => {
    const plan = buildPlan(ARTICLES);
    const paths = plan.allItems.map((item) => pathOf(plan, item).join(" › "));
    expect(paths).toEqual([
      "第二章 › 第三条 › （一）",
      "第二章 › 第三条 › （二）",
      "第二章 › 第三条 › （二） › 1.",
      "第二章 › 第四条 › （一）",
      "第二章 › 第四条 › （二）",
      // An attachment numbers apart: its label, no article.
      "附件 › 一、",
    ]);
    // The outline's nesting, which the paths follow.
    const article = outlineEntries(plan, new PositionMapper(ARTICLES)).find((entry) => entry.marker === "第二章")!.children.find((entry) => entry.marker === "第四条")!;
    expect(article.children.map((entry) => entry.marker)).toEqual(["（一）", "（二）"]);
  });

  it("tells the items of two articles apart in the unit report and in messages", () => {
    const plan = buildPlan(ARTICLES);
    const report = unitReport(plan, registryFor(undefined, undefined));
    expect(report.rows.map((row) => row.path.join(" › "))).toEqual(["第二章 › 第二条", "第二章 › 第三条 › （一）", "第二章 › 第三条 › （二）", "第二章 › 第四条 › （一）", "附件 › 一、"]);
    expect(report.units.find((tally) => tally.unit === "市市场监管局")!.tasks.map((task) => task.path.join(" "))).toEqual(["第二章 第二条", "第二章 第三条 （一）", "第二章 第三条 （二）", "附件 一、"]);
    const duplicate = analyze(ARTICLES).findings.find((finding) => finding.rule === "structure/duplicate-task");
    expect(duplicate?.message).toContain("（第二章第三条（一））");
  });

  it("leaves the paths of a plan of no articles as they were", () => {
    const text = "示例市质量提升方案\n第二章　主要任务\n一、提升产品质量\n（一）加强监督抽查。（责任单位：市市场监管局）\n第三条规定的事项按照有关规定办理。\n（二）推进标准化建设。（责任单位：市市场监管局）\n";
    const plan = buildPlan(text);
    expect(plan.allItems.map((item) => pathOf(plan, item).join(" › "))).toEqual(["第二章 › 一、", "第二章 › 一、 › （一）", "第二章 › 一、 › （二）"]);
  });
});

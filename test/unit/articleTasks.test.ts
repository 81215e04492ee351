import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { articleTaskOf, articleTasks } from "../../server/src/core/units/articleTasks";
import { unitReport } from "../../server/src/core/units/report";
import { registryFor } from "../../server/src/core/units/registry";

/**
 * In a document written in articles the article is the unit of work (units/articleTasks.ts): a
 * clause in an article's own text gives the article to its units, as an item's clause gives the
 * item. It gave no task before: its row had no path and no heading, and its units' tasks in the
 * summary had no name.
 */
const ARTICLES = `示例市质量提升工作办法
第一章　总则
第一条　为推动我市质量提升，根据《质量强国建设纲要》，制定本办法。
第二条　本办法适用于本市行政区域内的质量提升工作。
第二章　职责分工
第三条　市市场监管局负责全市质量工作的统筹协调和监督管理。（责任单位：市市场监管局）
第四条　加强品牌培育（牵头单位：市工信局；配合单位：市商务局），支持企业争创中国质量奖。市工信局会同市商务局开展品牌宣传。（责任单位：市工信局）
第五条　各部门应当按照下列要求开展工作：
（一）加强产品质量监督抽查。（责任单位：市市场监管局）
（二）推进标准化建设。（责任单位：市市场监管局、市工信局）
第三章　附则
第六条　本办法自印发之日起施行。
`;

describe("an article as the task of the clauses in its text", () => {
  const report = () => unitReport(buildPlan(ARTICLES), registryFor(undefined, undefined));

  it("gives each clause of an article's text the article's path and what its provision is about", () => {
    expect(report().rows.map((row) => [row.path.join(" › "), row.heading, row.units.join("、")])).toEqual([
      ["第二章 › 第三条", "市市场监管局负责全市质量工作的统筹协调和监督管理", "市市场监管局"],
      // The provision's first sentence without the clause written inside it.
      ["第二章 › 第四条", "加强品牌培育，支持企业争创中国质量奖", "市工信局、市商务局"],
      ["第二章 › 第四条", "加强品牌培育，支持企业争创中国质量奖", "市工信局"],
      // A numbered item under an article stays its own task, under its article.
      ["第二章 › 第五条 › （一）", "加强产品质量监督抽查", "市市场监管局"],
      ["第二章 › 第五条 › （二）", "推进标准化建设", "市市场监管局、市工信局"],
    ]);
  });

  it("counts an article once per unit, however many of its clauses name the unit, in the strongest role", () => {
    const tally = (unit: string) => report().units.find((each) => each.unit === unit)!;
    expect(tally("市工信局").tasks.map((task) => [task.path.join(" "), task.role])).toEqual([
      ["第二章 第四条", "lead"],
      ["第二章 第五条 （二）", "responsible"],
    ]);
    expect(tally("市市场监管局").tasks.map((task) => task.path.join(" "))).toEqual(["第二章 第三条", "第二章 第五条 （一）", "第二章 第五条 （二）"]);
  });

  it("reads the articles as tasks only where the clause is in an article's own text", () => {
    const plan = buildPlan(ARTICLES);
    expect(articleTasks(plan).map((task) => task.path.join(" "))).toEqual(["第一章 第一条", "第一章 第二条", "第二章 第三条", "第二章 第四条", "第二章 第五条", "第三章 第六条"]);
    expect(plan.clauses.map((clause) => articleTaskOf(plan, clause)?.article.value ?? null)).toEqual([3, 4, 4, null, null]);
    // A plan of items and no articles has none.
    const items = buildPlan("一、主要任务\n1.推进标准创新。（责任单位：市市场监管局）\n");
    expect(articleTasks(items)).toEqual([]);
    expect(articleTaskOf(items, items.clauses[0]!)).toBeNull();
  });
});

describe("an article's words, read once for its task and its title", () => {
  const PLAN = `示例市通关便利化工作办法
第一条　为推动通关便利化，制定本办法。
第二条　加强品牌培育〔对应纲要：第五条〕（责任单位：市工信局）。
第三条　推进通关便利化（金陵海关、市商务局）
第四条　加强计量建设（责任单位：市市场监管局） // 待定
`;

  it("leave out the clauses the model read past the grammar, annotations and comments", () => {
    const plan = buildPlan(PLAN);
    expect(articleTasks(plan).map((task) => [task.article.heading.text, task.heading, task.article.title])).toEqual([
      ["第一条", "为推动通关便利化，制定本办法", "为推动通关便利化，制定本办法"],
      ["第二条", "加强品牌培育", "加强品牌培育"],
      ["第三条", "推进通关便利化", "推进通关便利化"],
      ["第四条", "加强计量建设", "加强计量建设"],
    ]);
  });
});

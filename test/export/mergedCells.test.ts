import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";

/**
 * A table pasted from WPS whose 类别 is merged over the rows below its first: those rows come
 * without the cell. The Word table puts the empty cell back, so that each figure stands under its
 * year and not one column to the left.
 */
const PLAN = [
  "某县知识产权和标准化行动计划（2026年）",
  "一、主要目标",
  "2026年主要指标如下：",
  "序号\t类别\t指标名称\t单位\t2025年完成\t2026年目标\t备注",
  "1\t知识产权创造\t有效发明专利拥有量\t件\t1650\t1800\t",
  "2\t每万人口高价值发明专利拥有量\t件\t3.1\t3.5\t",
  "3\t有效注册商标新增量\t件\t1320\t1500\t",
  "4\t标准化\t主导制修订标准数量\t项\t12\t15\t新增",
  "5\t标准化试点示范项目\t个\t3\t4",
  "二、重点任务",
  "（一）加强知识产权保护。完善保护体系。〔责任单位：县市场监管局〕",
  "",
].join("\n");

describe("export: a pasted table's merged cells", () => {
  it("puts the cell a merged category spans back in the rows below it", () => {
    const table = layoutPlan(analyze(PLAN).plan).blocks.find((block) => block.kind === "table");
    expect(table?.kind).toBe("table");
    const rows = (table as { rows: string[][] }).rows;
    expect(rows[2]).toEqual(["2", "", "每万人口高价值发明专利拥有量", "件", "3.1", "3.5", ""]);
    expect(rows[3]).toEqual(["3", "", "有效注册商标新增量", "件", "1320", "1500", ""]);
    // A full row stays as it is; a short row whose last optional cell is missing only loses nothing.
    expect(rows[1]).toEqual(["1", "知识产权创造", "有效发明专利拥有量", "件", "1650", "1800", ""]);
    expect(rows[5]!.slice(0, 6)).toEqual(["5", "", "标准化试点示范项目", "个", "3", "4"]);
  });
});

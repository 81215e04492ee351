import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { tableExtents } from "../../server/src/core/model/tableExtents";

const PLAN = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n2.开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";
const HEADER = "序号\t重点任务\t牵头单位\t配合单位\n";

/** The text of the table's last line: where its extent ends. */
function lastLineOf(text: string): string {
  const [extent] = tableExtents(buildPlan(text));
  return text.slice(text.lastIndexOf("\n", extent!.end - 1) + 1, extent!.end);
}

describe("where a 分工表 ends (model/tableExtents.ts)", () => {
  it("runs from the header to the last row read into a clause", () => {
    const text = `${PLAN}${HEADER}1\t开展质量攻关\t市市场监管局\t市工信局\n2\t开展标准提升\t市工信局\t市科技局\n`;
    const plan = buildPlan(text);
    expect(tableExtents(plan)).toEqual([{ start: text.indexOf("序号"), end: text.indexOf("市科技局") + 4, table: plan.tables[0] }]);
  });

  it("reaches a last row whose unit cells were left blank, and one whose cells do not line up", () => {
    expect(lastLineOf(`${PLAN}${HEADER}1\t开展质量攻关\t市市场监管局\t市工信局\n2\t开展标准提升\t\t\n`)).toBe("2\t开展标准提升");
    expect(lastLineOf(`${PLAN}${HEADER}1\t开展质量攻关\t市市场监管局\t市工信局\n\t市科技局\n`)).toBe("\t市科技局");
  });

  it("reaches a last row whose units a merged cell gives it, which is no clause of the plan", () => {
    const text = `${PLAN}${HEADER}1\t开展质量攻关\t市市场监管局\t市工信局\n2\t开展标准提升\n`;
    const plan = buildPlan(text);
    expect(plan.tables[0]!.merged).toHaveLength(1);
    expect(lastLineOf(text)).toBe("2\t开展标准提升");
  });

  it("leaves out a section row after the last row: it heads no row of the table", () => {
    expect(lastLineOf(`${PLAN}${HEADER}1\t开展质量攻关\t市市场监管局\t市工信局\n二、保障措施\n`)).toBe("1\t开展质量攻关\t市市场监管局\t市工信局");
  });

  it("gives a table that read no row its header", () => {
    const text = `${PLAN}${HEADER}说明：以上为分工。\n`;
    expect(lastLineOf(text)).toBe(HEADER.trimEnd());
  });
});

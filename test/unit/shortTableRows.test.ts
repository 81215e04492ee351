import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n\n附件\n重点任务分工表\n";
const HEADER = "重点任务\t牵头单位\t配合单位\t完成时限";
const FIRST = "开展质量攻关\t市市场监管局\t市科技局\t2025年底前";
const LAST = "加强品牌建设\t市商务局\t市文广旅局\t2026年";

/** The table's rows as read: task, each unit, the deadline the row gave; and the rows left unread. */
function rows(row: string) {
  const plan = buildPlan(`${PLAN}${HEADER}\n${FIRST}\n${row}\n${LAST}\n`);
  const read = plan.clauses.flatMap((clause) => (clause.tableRow ? [[clause.tableRow.task, clause.units.map((unit) => unit.text).join("、")]] : []));
  return { read, unread: plan.tables[0]!.unread.length, deadlines: plan.deadlines.map((deadline) => deadline.value) };
}

describe("a short row of a 4-column 分工表: which cell is missing, read from what the cells hold (QA 47b)", () => {
  it("a task that opens with who does it is the task, not a lead cell under a merged task", () => {
    const { read, unread } = rows("市市场监管局、市工信局联合开展检查\t市公安局\t2025年");
    expect(read[1]).toEqual(["市市场监管局、市工信局联合开展检查", "市公安局"]);
    expect(unread).toBe(0);
  });

  it("a task that names a year is the task, not a 完成时限: the row's trimmed deadline is the missing cell", () => {
    for (const task of ["到2025年建成计量测试平台", "2025年底前完成标准化改革", "持续推进标准化建设"]) {
      const { read, unread, deadlines } = rows(`${task}\t市工信局\t市科技局`);
      expect(read[1], task).toEqual([task, "市工信局、市科技局"]);
      expect(unread, task).toBe(0);
      expect(deadlines, task).toEqual(["2025年底前", "2026年"]);
    }
  });

  it("a 完成时限 with the words that close one is still a deadline; a row with no task cell is still under a merged one", () => {
    expect(rows("推进标准化建设\t市工信局\t2025年底前完成").deadlines).toEqual(["2025年底前", "2025年底前完成", "2026年"]);
    for (const due of ["2023年起持续推进", "2025.12", "2025年第四季度", "2024年底前建成"]) expect(rows(`推进标准化建设\t市工信局\t${due}`).read[1], due).toEqual(["推进标准化建设", "市工信局"]);
    expect(rows("市工信局\t市科技局\t2025年").read[1]).toEqual(["开展质量攻关", "市工信局、市科技局"]);
  });
});

import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n\n附件\n重点任务分工表\n";
const HEADER = "序号\t重点任务\t牵头单位\t配合单位\t完成时限";

/** Each row's reading, the merged cells' names in it included: role and names by segment. */
function readings(rows: readonly string[]) {
  const plan = buildPlan(`${PLAN}${HEADER}\n${rows.join("\n")}\n`);
  const table = plan.tables[0]!;
  // A row that writes no name of its own has no clause: its reading is the merged one alone.
  const own = plan.clauses.filter((clause) => clause.tableRow?.table === table && !table.merged.some((merged) => merged.tableRow === clause.tableRow));
  return [...own, ...table.merged]
    .sort((a, b) => a.start - b.start)
    .map((read) => [read.tableRow!.number, read.segments.map((segment) => [segment.role, segment.units.map((unit) => unit.text).join("、")])]);
}

describe("one reading of what the row above merged (QA 47b)", () => {
  it("a lead merged over the row above runs on whether or not the row above's 配合单位 was merged with it", () => {
    // Row 2 is short of both unit cells (a web page's rowspans over both); row 3 of one, and
    // writes one name: the lead merged over rows 1–3 leaves it out, its name is its 配合单位's —
    // as when row 2 leaves its lead cell empty (Word's copy of the merge).
    for (const second of ["2\t推进标准化建设\t2025年", "2\t推进标准化建设\t\t市工信局\t2025年"]) {
      const rows = ["1\t开展质量攻关\t市市场监管局\t市科技局\t2025年底前", second, "3\t开展品牌培育\t市商务局\t2025年"];
      expect(readings(rows)[2], second).toEqual(["3", [["lead", "市市场监管局"], ["support", "市商务局"]]]);
    }
  });

  it("a row that writes the merged lead again is its own lead, not a 配合单位 under it", () => {
    for (const second of ["2\t推进标准化建设\t2025年", "2\t推进标准化建设\t\t市工信局\t2025年"]) {
      const rows = ["1\t开展质量攻关\t市市场监管局\t市科技局\t2025年底前", second, "3\t开展品牌培育\t市市场监管局\t2025年"];
      expect(readings(rows)[2], second).toEqual(["3", [["lead", "市市场监管局"]]]);
    }
  });

  it("a lead the row above wrote itself is no merged one: a short row's names are its lead's", () => {
    const rows = ["1\t开展质量攻关\t市市场监管局\t市科技局\t2025年底前", "2\t推进标准化建设\t市工信局\t市科技局\t2025年", "3\t开展品牌培育\t市商务局\t2025年"];
    expect(readings(rows)[2]).toEqual(["3", [["lead", "市商务局"]]]);
  });
});

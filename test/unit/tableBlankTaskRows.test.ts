import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = "一、主要任务\n1.开展质量攻关。组织实施攻关项目。\n2.开展标准提升。实施标准化战略。\n\n附件\n重点任务分工表\n";

const blank = (text: string) => buildPlan(text).tables.flatMap((table) => table.blank.map((row) => [row.number, row.task]));
const tasks = (text: string) => buildPlan(text).clauses.flatMap((clause) => (clause.tableRow ? [clause.tableRow.task] : []));

describe("a task whose unit cells were left blank, in a table with no 序号 (QA 47b)", () => {
  it("is a task with no unit, reported by units/blank, as in a table with 序号 — not a section row", () => {
    for (const gap of ["\t", "\t "]) {
      const rows = ["推进质量标准化建设工作", "", ""].join(gap);
      const text = `${PLAN}重点任务\t牵头单位\t配合单位\n${rows}\n开展品牌培育\t市商务局\t市文广旅局\n`;
      expect(blank(text)).toEqual([["", "推进质量标准化建设工作"]]);
      expect(tasks(text)).toEqual(["开展品牌培育"]);
      expect(buildPlan(text).clauses.find((clause) => clause.tableRow)!.tableRow!.sections).toEqual([]);
      expect(analyze(text).findings.filter((finding) => finding.rule === "units/blank").map((finding) => finding.message)).toEqual([
        "分工表一行“推进质量标准化建设工作”的“牵头单位”“配合单位”都是空的，这项任务没有交给任何单位，定稿前应填写实际单位",
      ]);
    }
    // The same row under 序号 reads alike.
    expect(blank(`${PLAN}序号\t重点任务\t牵头单位\t配合单位\n1\t推进质量标准化建设工作\t\t\n2\t开展品牌培育\t市商务局\t市文广旅局\n`)).toEqual([["1", "推进质量标准化建设工作"]]);
  });

  it("after a section row too: the table goes on with it", () => {
    const text = `${PLAN}重点任务\t牵头单位\t配合单位\n一、产业质量\t\t\n推进质量标准化建设工作\t\t\n开展品牌培育\t市商务局\t市文广旅局\n`;
    expect(blank(text)).toEqual([["", "推进质量标准化建设工作"]]);
    expect(buildPlan(text).clauses.find((clause) => clause.tableRow)!.tableRow!.sections).toEqual(["一、产业质量"]);
  });

  it("leaves a heading a section row: a numeral before it, whatever verb follows, or a heading with no verb", () => {
    for (const heading of ["一、推动标准化与科技创新互动发展", "（二）提升产业标准化水平", "产业质量", "标准化工作"]) {
      const text = `${PLAN}重点任务\t牵头单位\t配合单位\n${heading}\t\t\n开展品牌培育\t市商务局\t市文广旅局\n`;
      expect(blank(text), heading).toEqual([]);
      expect(buildPlan(text).clauses.find((clause) => clause.tableRow)!.tableRow!.sections, heading).toEqual([heading]);
    }
  });
});

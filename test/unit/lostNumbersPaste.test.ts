import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * numbering/missing-numeral: a web page that loses every list number of a level in the paste gets
 * one finding (count and first place) with one fix that numbers them all; a few lost among
 * numbered items keep a finding each.
 */
const missing = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "numbering/missing-numeral");

/** A plan whose groups each hold `tasks` tasks of the numbered shape, `numbered` of them in all keeping their `1.`. */
function plan(groups: number, tasks: number, numbered: number): string {
  const verbs = ["加强", "推动", "实施", "完善", "优化", "强化"];
  // Bodies of different lengths: lines of one length would read as a PDF's hard-wrapped measure.
  const bodies = ["开展专项行动。", "建立健全工作机制，定期调度。", "培育一批示范企业和知名品牌，形成带动效应。", "制修订地方标准。"];
  const lines = ["示例市质量强市建设实施方案", "一、主要任务"];
  let kept = 0;
  for (let g = 0; g < groups; g++) {
    lines.push(`（${"一二三四五六七八九"[g]}）提升第${g + 1}类质量`);
    for (let t = 0; t < tasks; t++) {
      const marker = kept < numbered ? `${t + 1}.` : "";
      if (marker !== "") kept++;
      lines.push(`${marker}${verbs[t % verbs.length]}第${g + 1}组第${t + 1}项工作。${bodies[(g + t) % bodies.length]}〔责任单位：市市场监管局〕`);
    }
  }
  lines.push("二、保障措施", "（一）加强组织领导", "各地各部门要加强统筹协调。");
  return `${lines.join("\n")}\n`;
}

describe("numbering/missing-numeral: numbers lost in the paste", () => {
  it("a plan that lost every task number has one finding, with the count and the first place", () => {
    const text = plan(4, 4, 0);
    const findings = missing(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe("全文共16项“1.”级条目丢失了编号（该级全部没有编号，此处“加强第1组第1项工作”是第一处，应为“1.”），多为从网页或 Word、WPS 复制时列表的自动编号全部丢失，应按顺序补上编号");
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe("加强第1组第1项工作");
  });

  it("its one fix numbers every task, loses no word, and is idempotent", () => {
    const text = plan(3, 3, 0);
    const fixed = fixAll(text).text;
    expect(fixed.replace(/^\d+\./gmu, "")).toBe(text);
    expect(fixed.match(/^\d+\./gmu)).toEqual(["1.", "2.", "3.", "1.", "2.", "3.", "1.", "2.", "3."]);
    expect(missing(fixed)).toEqual([]);
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("its fix writes each marker as the single lost marker's fix does: in place of the tab a paste left, where its group's numbered tasks start their lines", () => {
    // Two groups lost every number, the third its 2. alone (its neighbours start their lines), the fourth none: 7 of 12 lost, one finding.
    // Word's tab is left before each lost task's words.
    const markers = [["", "", ""], ["", "", ""], ["1.", "", "3."], ["1.", "2.", "3."]];
    let task = 0;
    const text = plan(4, 3, 12).replace(/^\d+\./gmu, () => {
      const marker = markers[Math.floor(task / 3)]![task++ % 3]!;
      return marker === "" ? "\t" : marker;
    });
    const [finding] = missing(text);
    expect(finding!.message).toContain("全文共7项“1.”级条目丢失了编号");
    expect(finding!.fix!.description).toBe("按顺序补上全文7项“1.”级条目的编号，删去行首空白");
    const fixed = fixAll(text).text;
    // The third group's 2. takes its tab's place, as the fix of that one lost marker alone does
    // (restoringFix); the groups that lost every number have none to follow, and keep theirs.
    expect(fixed.split("\n").filter((line) => /第3组/u.test(line)).map((line) => line.slice(0, 3))).toEqual(["1.加", "2.推", "3.实"]);
    expect(fixed.split("\n").filter((line) => /第1组/u.test(line)).map((line) => line.slice(0, 3))).toEqual(["\t1.", "\t2.", "\t3."]);
    expect(fixed.replace(/^\t?\d+\./gmu, "")).toBe(text.replace(/^(?:\d+\.|\t)/gmu, ""));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("most of a level lost counts as the paste's loss too; a few lost among numbered tasks keep a finding each", () => {
    // 12 tasks, 3 numbered: 9 of 12 lost, more than half.
    expect(missing(plan(4, 3, 3)).map((finding) => finding.message)).toEqual([expect.stringContaining("全文共9项“1.”级条目丢失了编号（该级12项中9项没有编号")]);
    // The fixture's group alone lost its numbers: 3 of 6 are no majority.
    const group = readFileSync(join(__dirname, "../rules/fixtures/numbering/missing-numeral-group.plan"), "utf8");
    expect(missing(group)).toHaveLength(3);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * Numbering as pasted (issue 8: fixes never lose a word): a plan whose markers count right,
 * damaged as a paste damages it — a group heading's or task's line pasted twice in a row (with a
 * blank line or a page's number between, or none), its marker alone on a line over it, one
 * bracket of a group's marker lost — is
 * fixed back to the plan it was. The damage is the one line's: never a renumbering of the good
 * markers after it, never a word lost. Each case is a fix-all: 60 cases each (the plans' shapes
 * are few), a fifteenth of PLANCHECK_PROPERTY_RUNS for more.
 */
const RUNS = Math.max(60, Math.floor(Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) / 15));

const GROUPS = ["推动质量变革创新", "强化质量基础支撑", "提升产品质量水平", "优化服务质量供给", "加强品牌建设培育", "深化质量安全监管", "完善质量发展环境"];
const TASKS = [
  "开展质量提升行动。推动重点产品质量达到国际先进水平。",
  "建设计量测试平台。建成一批计量测试中心。",
  "开展品牌培育工作。培育区域公用品牌。",
  "加强标准引领作用。推动企业制定先进标准。",
  "发展生产性服务业。推动检验检测服务业发展。",
];
const UNITS = ["市市场监管局", "市工信局", "市农业农村局", "市发展改革委"];

/** A plan of one tasks chapter: `groups` （一）…, each with its tasks 1. … carrying a clause. */
function planLines(groups: readonly number[]): string[] {
  const lines = ["示例市质量提升实施方案", "一、主要目标", "到2025年，全市制造业产品质量合格率达到95%以上。", "二、主要任务"];
  let task = 0;
  groups.forEach((tasks, g) => {
    lines.push(`（${"一二三四五六七"[g]}）${GROUPS[g]}`);
    for (let t = 0; t < tasks; t++, task++) lines.push(`${t + 1}.${TASKS[task % TASKS.length]}〔责任单位：${UNITS[task % UNITS.length]}〕`);
  });
  lines.push("三、保障措施", "（一）加强组织领导。建立联席会议制度，统筹推进各项工作。");
  return lines;
}

const shape = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 5 });
const GAPS = [[], [""], ["", "— 2 —", ""]] as const;

/** The plan as fix-all leaves it, once per shape. */
const fixedPlans = new Map<string, string>();
function fixedPlan(lines: readonly string[]): string {
  const text = lines.join("\n");
  let fixed = fixedPlans.get(text);
  if (fixed === undefined) fixedPlans.set(text, (fixed = fixAll(text).text));
  return fixed;
}

/** Blank lines aside: a page number's fix deletes its line and leaves the blank lines around it. */
const withoutBlankLines = (text: string) => text.split("\n").filter((line) => line.trim() !== "").join("\n");

describe("numbering as pasted", () => {
  it("a numbered line pasted twice is deleted, and no sibling after it is renumbered", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.constantFrom(...GAPS), (groups, pick, gap) => {
        const lines = planLines(groups);
        // A group heading or a task of the tasks chapter.
        const at = 4 + (pick % (lines.length - 6));
        const pasted = [...lines.slice(0, at + 1), ...gap, lines[at]!, ...lines.slice(at + 1)];
        const original = fixedPlan(lines);
        expect(withoutBlankLines(fixAll(pasted.join("\n")).text)).toBe(withoutBlankLines(original));
      }),
      { numRuns: RUNS },
    );
  });

  it("a marker alone on its line over the same marker with its words is deleted, and no sibling after it is renumbered", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.constantFrom(...GAPS), (groups, pick, gap) => {
        const lines = planLines(groups);
        // A chapter, a group heading or a task, each with its marker repeated alone over it.
        const at = 3 + (pick % (lines.length - 4));
        const marker = /^(?:[一二三四五六七]、|（[一二三四五六七]）|[0-9]+\.)/.exec(lines[at]!)![0];
        const pasted = [...lines.slice(0, at), marker, ...gap, ...lines.slice(at)];
        const original = fixedPlan(lines);
        expect(withoutBlankLines(fixAll(pasted.join("\n")).text)).toBe(withoutBlankLines(original));
      }),
      { numRuns: RUNS },
    );
  });

  it("a group's marker that lost one bracket is completed, and no sibling after it is renumbered", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.boolean(), (groups, pick, opening) => {
        const lines = planLines(groups);
        const headings = lines.flatMap((line, index) => (index > 3 && line.startsWith("（") && !line.includes("。") ? [index] : []));
        const at = headings[pick % headings.length]!;
        const damaged = lines.slice();
        damaged[at] = opening ? damaged[at]!.slice(1) : damaged[at]!.replace("）", "");
        const original = fixedPlan(lines);
        expect(fixAll(damaged.join("\n")).text).toBe(original);
      }),
      { numRuns: RUNS },
    );
  });

  // Word's list numbering pasted with its tab stops leaves one tab or several after the marker:
  // the line is the group's heading all the same, never a table's row, and its siblings keep their numbers.
  it("a group's marker that lost its closing bracket before the tabs Word's numbering left is completed", () => {
    fc.assert(
      fc.property(shape, fc.nat(), fc.integer({ min: 1, max: 3 }), fc.boolean(), (groups, pick, tabs, tabbed) => {
        // Every group's and task's marker with Word's tab after it, or none.
        const lines = planLines(groups).map((line, index) => (tabbed && index > 3 ? line.replace(/^(（.）|[0-9]+\.)/, "$1\t") : line));
        const headings = lines.flatMap((line, index) => (index > 3 && line.startsWith("（") && !line.includes("。") ? [index] : []));
        const at = headings[pick % headings.length]!;
        const damaged = lines.slice();
        damaged[at] = damaged[at]!.replace("）", "\t".repeat(tabs));
        expect(fixAll(damaged.join("\n")).text).toBe(fixedPlan(lines));
      }),
      { numRuns: RUNS },
    );
  });
});

import { outsideDebris } from "../../text/inlineDebris.js";
import { isLoneIdeographicComma, misusedSeparatorAfter, nameSplitBySpace, separatorAfter, strayMarkInName, trailingSeparator } from "../../units/separators.js";
import { VerdictPerName } from "../../units/verdicts.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { doubledSeparatorBetween } from "../../model/clauseSeparators.js";
import { isCollectiveName } from "../../units/names.js";
import { isLocalGovernmentAt } from "../../units/sharedSuffix.js";
import { separatorSearchStart } from "../../units/draftingNotes.js";

const SEPARATOR_NAME: Record<string, string> = { "、": "顿号“、”", "，": "逗号“，”", ",": "半角逗号“,”", "；": "分号“；”", ";": "半角分号“;”", " ": "空格" };

/**
 * Names in a clause are separated by 、 (plan-markup.md §3). A comma, a space or a semicolon
 * (which separates labels, 牵头单位：…；配合单位：…) or a conjunction (市工信局和市商务局, read as two
 * names by the model: units/conjoinedNames.ts) between two departments is a slip, and so is a
 * separator after the last name (a name deleted, its 、 left behind: the fix deletes the mark); a comma that sets a group of local governments or a collective apart
 * (`市财政局，各区（市）县`) is how plans write a second group, and is left alone.
 */
export const unitSeparator: Rule = {
  meta: {
    id: "units/separator",
    family: "units",
    severity: "warning",
    description: "责任单位之间应以顿号“、”分隔",
    fixable: true,
    speed: "fast",
    reads: "clauses",
    docs: {
      rationale:
        "并列的责任单位之间用顿号“、”分隔。逗号（全角或半角）和空格多是录入或从网页复制时产生的；分号只用来分隔“牵头单位：…；配合单位：…”这样的不同标签，同一标签下的单位之间用了分号（如“〔责任单位：市科技局；市工信局〕”）也是错用；顿号前后多出的空格（“市发改委 、市工信局”）也报告，修复删除空格；两个名录中的单位之间夹着从网页或表格带入的句点、间隔号、斜杠或竖线（“市科技局.市财政局”“市工信局/市商务局”）同样报告；两个单位用“和”“与”“及”“以及”连接的（“市工信局和市商务局负责”“〔责任单位：市科技局与市财政局〕”）是行文的写法，名单中同样应用顿号，也报告（名称本身含这些字的，如“市住房和城乡建设局”“市口岸与物流办”，是一个单位）。修复都改为“、”。两个单位之间的顿号或逗号重复（“市科技局、、市工信局”“，，”“、，”）也报告，修复只留一个顿号（逗号把各地政府或统称分成另一组时留一个逗号）；最后一个单位之后多出的顿号或逗号（如“〔责任单位：市发展改革委、市财政局、〕”，多是删去一个单位时留下的）也报告，修复将其删除。空格把一个名录中的单位名称拆成两半时（如“市科 技局”），报告的是名称中多余的空格，修复删除空格，而不是加顿号。逗号（或分号、连词）用来把各地政府（园区、开发区的管委会是园区的政府，如“区工信局，京东方科技园管委会”）或“……成员单位”等统称与部门分成两组时（如“市财政局，各区（市）县”“市司法局；各县（市、区）人民政府负责落实”）是常见写法，不报告。",
      incorrect: "一、主要任务\n1.提升公共服务质量效率。推进政务服务标准化。〔责任单位：市行政审批局，市卫健委〕\n",
      correct: "一、主要任务\n1.提升公共服务质量效率。推进政务服务标准化。〔责任单位：市行政审批局、市卫健委，各县（市、区）人民政府〕\n",
    },
  },
  check({ plan, units: registry, report: reportAll }) {
    // A field code or a tag among the names is its own rule's: its spaces are no separators.
    const report = outsideDebris(plan, reportAll);
    // A stray mark between two known names (市科技局.市财政局): asked once per distinct name the registry does not know.
    const strayMarks = new VerdictPerName((name) => (registry.isKnown(name) ? null : strayMarkInName(name, registry)));
    for (const clause of plan.clauses) {
      for (const { units, etc } of clause.segments) {
        for (const unit of units) {
          const stray = strayMarks.of(unit.text);
          if (stray === null) continue;
          const at = unit.start + stray.at;
          report({
            start: at,
            end: at + 1,
            message: `责任单位“${stray.before}”与“${stray.after}”之间用了“${stray.mark}”，应使用顿号“、”`,
            fix: spanFix("改为顿号“、”", at, at + 1, "、"),
          });
        }
        const last = units[units.length - 1];
        // Only a clause in the text ends in its bracket; a table's cell has no mark after its names.
        const trailing = last !== undefined && clause.tableRow === null ? trailingSeparator(plan.text, etc?.end ?? separatorSearchStart(plan.text, last.end, clause.end), clause.end) : null;
        if (trailing !== null) {
          report({
            start: trailing.start,
            end: trailing.end,
            message: `责任单位“${last!.text}”之后多了${SEPARATOR_NAME[trailing.text] ?? `“${trailing.text}”`}，其后已没有单位`,
            fix: spanFix(`删除多余的${SEPARATOR_NAME[trailing.text]}`, trailing.start, trailing.end, ""),
          });
        }
        for (let index = 0; index + 1 < units.length; index++) {
          const before = units[index]!;
          const after = units[index + 1]!;
          // Where the gap between the names starts: after a drafting note in brackets the first name
          // carries (市市场监管局（排名第一的为牵头单位，下同）、…), which no fix touches.
          const gap = separatorSearchStart(plan.text, before.end, after.start);
          const doubled = doubledSeparatorBetween(plan.text, before, after);
          if (doubled !== null) {
            // One mark is meant: a 、, or the comma where it sets a group of local governments or
            // a collective apart (市财政局，，各县（市、区）人民政府), as misusedSeparatorAfter allows.
            const group = doubled.hasComma && (isCollectiveName(before.text) || isCollectiveName(after.text) || isLocalGovernmentAt(units, index + 1));
            const mark = group ? "，" : "、";
            report({
              start: doubled.start,
              end: doubled.end,
              message: `责任单位“${before.text}”与“${after.text}”之间的分隔符“${doubled.marks}”重复，应为一个${SEPARATOR_NAME[mark]}`,
              fix: breaksLine(plan.text, gap, after.start) ? spanFix(`改为一个${SEPARATOR_NAME[mark]}`, doubled.start, doubled.end, mark) : spanFix(`改为一个${SEPARATOR_NAME[mark]}`, gap, after.start, mark),
            });
            continue;
          }
          const separator = misusedSeparatorAfter(plan.text, units, index);
          if (separator === null) {
            // Spaces a copy left around a 、 (市发改委 、市工信局): debris in the list, which no
            // punctuation rule reads inside a clause. Not around a comma that sets a group apart.
            if (isLoneIdeographicComma(plan.text, units, index) || separatorAfter(plan.text, units, index).text !== "、" || breaksLine(plan.text, gap, after.start)) continue;
            report({
              start: gap,
              end: after.start,
              message: `责任单位“${before.text}”与“${after.text}”之间的顿号前后有多余的空格`,
              fix: spanFix("删除顿号前后的空格", gap, after.start, "、"),
            });
            continue;
          }
          const joined = nameSplitBySpace(plan.text, units, index, registry);
          if (joined !== null) {
            report({
              start: separator.start,
              end: separator.end,
              message: `责任单位“${joined}”中间有多余的空格`,
              fix: spanFix("删除名称中的空格", separator.start, separator.end, ""),
            });
            continue;
          }
          const kind = SEPARATOR_NAME[separator.text] ?? `“${separator.text}”`;
          report({
            start: separator.start,
            end: separator.end,
            message: `责任单位“${before.text}”与“${after.text}”之间用了${kind}，应使用顿号“、”`,
            // The spaces around the mark go with it: 市住建局 , 市水务局 becomes 市住建局、市水务局.
            fix: breaksLine(plan.text, gap, after.start) ? spanFix("改为顿号“、”", separator.start, separator.end, "、") : spanFix("改为顿号“、”", gap, after.start, "、"),
          });
        }
      }
    }
  },
};

/** Whether a line break stands between two names (a clause cut by one is units/clause-line-break's). */
function breaksLine(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

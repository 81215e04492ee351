import type { Target } from "../../model/types.js";
import { extractTargets } from "../../targets/extract.js";
import { comparatorStartOf } from "../../targets/indicators.js";
import { shownIndicator } from "../../targets/indicatorName.js";
import type { PlanTarget } from "../../targets/types.js";
import type { Rule } from "../types.js";
import { quoted } from "../../text/clipped.js";

/**
 * A target whose value was left for later: a comparator followed only by a unit (`达到 %`,
 * `不少于 个`) or by a placeholder (`达到XX%`, `达到【待定】个`), a count whose figure is a
 * placeholder (`新增省级质量奖×个`, `新建检测中心（　　）个`), or a table's target cell that is one
 * (`XX` under 2025年目标, targets/tables.ts), or a range whose upper end is one (`达到90%—XX%`). Drafts circulate with such
 * blanks while the figure is being agreed; a plan must not be issued with one.
 */
/** A range written up to its upper end, left as a placeholder (90%—XX, 5～××): group 1 the placeholder. */
const OPEN_RANGE = /^\d[\d.]*\s*[%％]?\s*[—–\-~～至到]{1,2}\s*(.+)$/;

/** The message of a figure left as a placeholder, or of a range whose upper end is one. */
function placeholderMessage(indicator: string, valueText: string): string {
  const open = OPEN_RANGE.exec(valueText);
  return open ? `${indicator}的目标范围上限仍为占位符“${open[1]}”，定稿前应填写实际数值` : `${indicator}的目标值仍为占位符“${valueText}”，定稿前应填写实际数值`;
}

export const blankTarget: Rule = {
  meta: {
    id: "targets/blank",
    family: "targets",
    severity: "warning",
    description: "目标值空缺或仍为占位符（如“达到 %”“达到XX%”）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "征求意见稿常在数值未定时写成“达到 %”“不少于 个”或“达到XX%”。这些空缺在定稿前必须补齐，否则印发的方案会带着空白目标。本规则报告比较词（达到、不少于、提高到……）之后只有单位、或数值为占位符的目标，数值只写了一部分的（“达到9X%”“不少于1××家”）或以单个下划线、圆圈、问号代替数值的（“达到_%”“不少于〇〇项”“达到？？%”），两端都是占位符的范围（“保持在××%—××%”，作为一个目标报告一次）和上限仍为占位符的范围（“达到90%—XX%”“培育标杆企业5～××家”，同样报告一次，不把下限当作目标值与上位文件比较），以及数量目标中数值为占位符的（“新增省级质量奖×个”“新建检测中心（　　）个”“达到每千人X批次”）或数值删去后只留下空格的（“新增认证企业 家”“完成监督抽查　　批次以上”：新增、完成、培育等动词开头，空格之后是量词，分句在此结束）；没有比较词的比率同样如此（“投诉举报按期办结率 %”“力争完成包保督导任务覆盖率XX%”：比率名称之后只有空格或占位符和“%”）；“力争”的目标也是目标，空缺与否照常报告；“保持总体稳定”等没有数值的表述不是目标，不受影响；以制表符分列的指标表中，指标名称以“下降”“提高”等结尾、下一格是单位的（“单位地区生产总值能耗下降”与“%”分处两格），中间是单元格的分界而不是空缺，也不报告。无法自动修复：数值只有起草人知道。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，数字经济核心产业增加值占GDP比重达到 %，公共服务质量满意度达到XX分，新增省级质量奖×个。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，数字经济核心产业增加值占GDP比重达到10%，公共服务质量满意度达到81.5分。\n",
    },
  },
  check({ plan, report }) {
    const { targets } = extractTargets(plan);
    // The extraction's reading of a model target: its indicator without the rate that belongs to
    // the comparator (规上工业增加值 | 年均增长 %左右, where the grammar's indicator is 规上工业增加值年均).
    const readings = new Map<Target, PlanTarget[]>();
    for (const target of targets) {
      // A written figure whose range ends in a placeholder (达到90%—XX%) is read as a placeholder target.
      if (target.source === null || !(target.source.blank || target.source.placeholder || target.placeholder)) continue;
      const list = readings.get(target.source);
      if (list) list.push(target);
      else readings.set(target.source, [target]);
    }
    for (const target of plan.targets) {
      const read = readings.get(target);
      if (!target.blank && !target.placeholder && read === undefined) continue;
      const name = read ? read.map((one) => one.indicator).filter(Boolean).join("、") : (target.indicator?.text ?? "");
      const indicator = name ? `“${name}”` : "目标";
      // The comparator ends where the value's gap begins; the finding covers "达到 %", and the
      // rate written just before it (年均增长 %), never a verb the reading moved (支持创建…不少于).
      let comparatorStart = comparatorStartOf(plan.text, target);
      const rate = read ? read[0]!.comparator.slice(0, -target.comparator.length) : "";
      if (rate && read![0]!.comparator.endsWith(target.comparator) && plan.text.startsWith(rate, comparatorStart - rate.length)) comparatorStart -= rate.length;
      const written = plan.text.slice(comparatorStart, target.end).trim();
      // 单位地区生产总值能耗下降<TAB>%<TAB>…: a tab between the comparator and the unit is a table's
      // cell boundary — the indicator's name ends on a verb, the unit is the 单位 column — not a gap.
      if (target.blank && written.includes("\t")) continue;
      // A figure whose range ends in a placeholder (达到90%—XX%): the grammar's target is its lower
      // end, the reading's the range up to the placeholder's end.
      const open = !target.blank && !target.placeholder;
      const message = target.blank
        ? // Quoted as a reader sees it: without the bold marks or format characters read through (达到** % → 达到 %).
          `${indicator}的目标值空缺：“${shownIndicator(written)}”缺少数值`
        : placeholderMessage(indicator, open ? read![0]!.valueText : target.valueText);
      report({ start: comparatorStart, end: open ? read![0]!.end : target.end, message });
    }
    // A count whose figure is a placeholder (新增省级质量奖×个), a table's target cell that is one
    // (XX under 2025年目标), or a gap before its unit (新增认证企业 家): no comparator, so no model target.
    for (const target of targets) {
      if (target.source !== null) continue;
      if (target.blank) report({ start: target.start, end: target.end, message: `${quoted(target.indicator)}的目标值空缺：“${shownIndicator(plan.text.slice(target.start, target.end))}”缺少数值` });
      else if (target.placeholder) report({ start: target.start, end: target.end, message: placeholderMessage(`${quoted(target.indicator)}`, target.valueText) });
    }
  },
};

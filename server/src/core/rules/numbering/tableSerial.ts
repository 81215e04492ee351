import { deferredFix } from "../../fixes/fix.js";
import type { ResponsibilityTable, TableSerial } from "../../model/types.js";
import type { Rule } from "../types.js";

/**
 * A 序号 the rule reads: a whole number as a table writes it, alone or with a list's mark after it
 * (`1.`, `1、`: a copied list numbering's, which the fix keeps). Others (1.1, 一, ★) are not counted.
 */
const WHOLE_NUMBER = /^(\d{1,4})[.．、]?$/;

interface Numbered {
  serial: TableSerial;
  value: number;
  /** Where the number's digits end: the mark after them (`1.`) is no part of what the fix rewrites. */
  digitsEnd: number;
  /** The number the row should have, counting on from the table's first row. */
  expected: number;
}

/**
 * The 序号 column of a 任务分工表: rows numbered 1, 2, 3 … down the table, on across section rows
 * (一、增强质量发展创新动能) or from 1 again under each. A row deleted, copied or moved breaks the
 * count as an item's number does in the text (numbering/sequence), and a reviewer counting the
 * tasks by the last 序号 miscounts.
 */
export const tableSerial: Rule = {
  meta: {
    id: "numbering/table-serial",
    family: "numbering",
    severity: "warning",
    description: "任务分工表的序号不连续、重复或顺序颠倒",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "任务分工表（重点任务分工表、责任分工表）按行编“序号”，审核时常以最后一个序号计任务数。删掉、复制或移动一行后，序号就会缺号、重号或颠倒，与正文的条目一样需要改正。",
        "",
        "本规则检查表头有“序号”（或“编号”）列的分工表：每一行只与上一行比较，因此删掉一行只报告一处。表中的分组行（合并单元格粘贴成的一行“一、增强质量发展创新动能”）之后，序号可以接着编，也可以从 1 重新编，两种都不报告；序号写作“1.”“1、”的按其数字计，序号不是整数的行（“1.1”“一”）不计入。PDF 跨页时重复印出的表头及其前的页码（“— 12 —”“-12-”或单独的页码数字）属于同一张表，续表的序号与上一页连着比较，跨页处的重号、缺号同样报告；第一行不要求从 1 开始（表的前一部分可能在别处）。",
        "",
        "快速修复“重新编写序号”把全表的序号依次改为正确的数字，只改动序号中的数字（“3.”的点号保留），不改动其他内容。",
      ].join("\n"),
      incorrect: "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市科技局\t市工信局\n2\t推进标准化建设\t市市场监管局\t市工信局\n2\t培育区域品牌\t市市场监管局\t市商务局\n",
      correct: "附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展质量攻关\t市科技局\t市工信局\n2\t推进标准化建设\t市市场监管局\t市工信局\n3\t培育区域品牌\t市市场监管局\t市商务局\n",
    },
  },
  check({ plan, report }) {
    for (const table of plan.tables) {
      const rows = numberedRows(table);
      const renumbered = rows.filter((row) => row.value !== row.expected);
      if (renumbered.length === 0) continue;
      // One fix for the whole table: every break's quick fix leaves the same table, so applying
      // any one of them, or all, gives the same text.
      const fix = deferredFix(`重新编写序号（改动 ${renumbered.length} 处）`, () => renumbered.map((row) => ({ start: row.serial.start, end: row.digitsEnd, newText: String(row.expected) })));
      for (let i = 1; i < rows.length; i++) {
        const message = breakMessage(rows[i - 1]!, rows[i]!);
        if (message !== null) report({ start: rows[i]!.serial.start, end: rows[i]!.serial.end, message, fix });
      }
    }
  },
};

/**
 * The table's whole-number 序号 with the number each should have. After a section row a table
 * may count on or start again: a row written 1 there starts again, any other counts on.
 */
function numberedRows(table: ResponsibilityTable): Numbered[] {
  const rows: Numbered[] = [];
  for (const serial of table.serials) {
    const digits = WHOLE_NUMBER.exec(serial.text)?.[1];
    if (digits === undefined) continue;
    const value = Number(digits);
    const previous = rows[rows.length - 1];
    const expected = previous === undefined ? value : serial.afterSection && value === 1 ? 1 : previous.expected + 1;
    rows.push({ serial, value, digitsEnd: serial.start + digits.length, expected });
  }
  return rows;
}

/** What is wrong with `row` against the row before it, or null: each row is compared with its neighbour only. */
function breakMessage(previous: Numbered, row: Numbered): string | null {
  if (row.serial.afterSection && row.value === 1) return null;
  if (row.value === previous.value + 1) return null;
  const shouldBe = `，应为“${previous.value + 1}${row.serial.text.slice(row.digitsEnd - row.serial.start)}”`;
  if (row.value === previous.value) return `分工表序号重复：“${row.serial.text}”与上一行相同${shouldBe}`;
  if (row.value < previous.value) return `分工表序号顺序颠倒：上一行为“${previous.serial.text}”，本行为“${row.serial.text}”${shouldBe}`;
  return `分工表序号不连续：上一行为“${previous.serial.text}”，本行为“${row.serial.text}”，缺少${missing(previous.value, row.value)}${shouldBe}`;
}

/** The numbers skipped between two rows: “3”, “3、4”, or “3至7”. */
function missing(from: number, to: number): string {
  const count = to - from - 1;
  if (count === 1) return `“${from + 1}”`;
  if (count === 2) return `“${from + 1}”“${from + 2}”`;
  return `“${from + 1}”至“${to - 1}”`;
}

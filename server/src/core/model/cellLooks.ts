import { BODY_END_CHARACTERS } from "../syntax/bodyEnds.js";
import type { UnitRegistry } from "../units/registry.js";

/**
 * What a 分工表 cell looks like, for the readers that put a short row's cells back in their
 * columns (model/shiftedRows.ts, model/mergedUnitRows.ts): which cell a row is missing is read
 * from what the others hold, so a task cell that merely mentions a year or a unit must not pass
 * for a 完成时限 or a unit list.
 */

/** What a 完成时限 names: a year (2025年底前, 2023年起), or a task that runs on or comes again (长期, 每年). */
const TIME = /(?:19|20)[0-9]{2}|(?:１９|２０)[０-９]{2}|长期|持续|常态化|每年|逐年/;

/**
 * What a 完成时限 cell holds besides its time: the words that close or join one (2025年底前完成,
 * 2023年起持续推进, 2024—2025年, 2025.12, 2025年第四季度, 长期坚持). Read out, a deadline leaves nothing; a task that names a
 * year (到2025年建成计量测试平台) leaves its work.
 */
const TIME_WORDS = /[0-9０-９]+|[年月日号底前后中末内起至到及和与并、，,.．/／（）()\s\u3000\-—–～~]|第[一二三四1-4１-４]季度|上半|下半|季度|以前|之前|以后|长期|持续|常态化|每年|逐年|坚持|推进|完成|建成|落实|到位|见效|开展|实施/g;

/** Whether a cell's words are a 完成时限: a time and the words that go with one, nothing else. */
export function looksLikeDeadline(written: string): boolean {
  return TIME.test(written) && written.replace(TIME_WORDS, "") === "";
}

/**
 * The last character of a body's name (局, 委, 中心, 政府 …), and of the offices and rooms a bureau
 * holds (署, 科, 馆): a name's rest that ends so is a body within it.
 */
const CELL_BODY_END = `${BODY_END_CHARACTERS}署科馆`;
const BODY_END = new RegExp(`[${CELL_BODY_END}]$`);
/** Where a known name inside a longer one may end: a body's last character. */
const NAME_END = new RegExp(`[${CELL_BODY_END}]`, "g");

/**
 * Whether a name the cell reader found is a unit's name and prose after it (市工信局联合开展检查:
 * a task that opens with who does it), not a unit list's name: a known name opens it and what
 * follows ends as no body's name does (市市场监管局稽查支队 is a body within the bureau).
 */
export function namesUnitThenWords(name: string, registry: UnitRegistry): boolean {
  if (BODY_END.test(name)) return false;
  NAME_END.lastIndex = 0;
  for (let end = NAME_END.exec(name); end !== null; end = NAME_END.exec(name)) {
    const at = end.index + 1;
    if (at < name.length && registry.isKnown(name.slice(0, at))) return true;
  }
  return false;
}

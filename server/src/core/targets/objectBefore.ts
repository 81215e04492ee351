/**
 * The thing a figure counts where its own clause names nothing and the clause before says what the
 * work makes: `培育专精特新企业，到2025年累计达到100家以上`, `鼓励企业主导或参与制修订国家、行业标准，
 * 到2025年累计达到25项以上`. The figure's clause holds only its horizon, 累计 and comparator, and a
 * reviewer reads the count as one of the object the clause before made (专精特新企业; 企业主导或参与
 * 制修订国家、行业标准, a noun that names its own doing) — an empty indicator compared with nothing and shown as nothing.
 *
 * Only the one clause before, in the same sentence (a comma between them, never a 。 or ；), with no
 * figure of its own (a figure there is a target of its own, which inheritedIndicators reads), and
 * only the object of the clause's own verb where that is a count's (培育, 制修订 …): a clause of
 * another kind (加强…建设, 完善梯度培育机制) names no thing counted. The clause is read once, and only up to MOST_CLAUSE code units: the look-back
 * stays linear however long a sentence runs.
 */
import type { Span } from "../model/types.js";
import { CHINESE_FIGURE_HINT } from "./chineseFigures.js";
import { countStartAfter } from "./countMeans.js";
import { COUNT_UNITS, COUNT_VERB, NAMES_ITS_DOING } from "./figureWords.js";
import { clauseStart, trimmed } from "./indicators.js";
import { isHanCode } from "../punct/chars.js";

/** The longest clause read for its object: a count's clause is a verb and a noun, never a paragraph. */
const MOST_CLAUSE = 40;
/** A figure, or a mark a figure's clause has: the clause before states a target of its own. */
const FIGURE = /[0-9０-９%％]/;
const COMMA = new Set([0xff0c, 0x2c]);

/**
 * The object of the clause that ends at the comma just before `at` (after `floor`), when that
 * clause has no figure nor a target ending in it (`lastTargetEnd`) and its object follows a count's
 * verb; else null.
 */
export function objectOfClauseBefore(text: string, at: number, floor: number, unit: string, lastTargetEnd: number): { text: string; span: Span } | null {
  // 打造区域公用品牌，力争到2027年达到3个: striving opens the figure's clause before its horizon.
  const comma = STRIVES_BEFORE.test(text.slice(Math.max(floor, at - 2), at)) ? at - 3 : at - 1;
  if (comma <= floor || !COMMA.has(text.charCodeAt(comma))) return null;
  const start = clauseStart(text, comma, Math.max(floor, comma - MOST_CLAUSE - 1));
  // A target read in that clause (新增…企业十家，达到50家: its figure in words) names the figure after it.
  if (lastTargetEnd > start) return null;
  // A clause longer than MOST_CLAUSE, or one that opens past floor's reach, is no verb and its noun.
  if (start > floor && !isClauseOpening(text, start)) return null;
  const words = text.slice(start, comma);
  // A figure there, in digits or in words (新增…企业十家): a target of its own, which names what follows.
  if (words.length < 3 || FIGURE.test(words) || CHINESE_FIGURE_HINT.test(words)) return null;
  // The clause's own verb, at its opening after how it is pressed (加快, 大力) or whom it moves
  // (鼓励企业主导或参与…: countMeans.ts) — never a verb inside its object (完善梯度培育机制).
  const pressed = PRESSED.exec(words)![0].length;
  const means = countStartAfter(words.slice(pressed), unit).start;
  const verbAt = pressed + means;
  // 鼓励企业主导或参与制修订国家、行业标准: a noun naming its own doing is counted whole, its subject
  // and its part in the work (figureWords.ts NAMES_ITS_DOING), as the clause's own figure would be.
  const ownDoing = NAMES_ITS_DOING.test(words.slice(verbAt));
  const verb = ownDoing ? null : COUNT_VERB.exec(words.slice(verbAt));
  if (verb === null && !ownDoing) return null;
  const nounAt = verbAt + (verb === null ? 0 : verb[0].length);
  // 新建社会公用计量标准  项，累计达到150项: the clause is a count whose figure was left blank; what it
  // counts is the noun before the gap, never the gap nor the unit the drafter left after it.
  const blank = BLANK_FIGURE_AT_END.exec(words);
  const nounEnd = blank !== null && blank.index > nounAt ? blank.index : words.length;
  const noun = trimmed(words.slice(nounAt, nounEnd), start + nounAt);
  return noun.text.length >= 2 && isHanCode(noun.text.charCodeAt(noun.text.length - 1)) ? noun : null;
}

/**
 * A count's figure left blank at the clause's end: a gap a drafter left to fill — two spaces or more,
 * or a full-width one, as the grammar's blank target reads it — and the count's unit after it.
 */
const BLANK_FIGURE_AT_END = new RegExp(`(?:[ \\t]{2,}|[ \\t]*\u3000)[ \\t\u3000]*(?:${COUNT_UNITS})$`);

/** Striving said before the figure's horizon, after the comma (力争到2027年…, 争取…). */
const STRIVES_BEFORE = /^(?:力争|争取|确保)$/;
/** How a clause presses its work before its verb (加快培育…, 大力发展…, 积极鼓励…). */
const PRESSED = /^(?:加快|大力|积极|持续|着力|重点|深入|全面|进一步|继续|扎实|不断|稳步)*/;

/** Whether a clause starts at `start`: after a stop or a comma the clause reader stops at (not cut by the length bound). */
function isClauseOpening(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return !isHanCode(before) && !(before >= 0x30 && before <= 0x39);
}

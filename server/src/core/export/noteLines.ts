import { markerAt } from "../syntax/parse.js";
import { isSpaceCode } from "../text/spaces.js";
import { yearLedNumberEnd } from "../model/notes.js";

/**
 * The numbered lines of a note (`注：1.……` then `2.……`, model/notes.ts) as an office sets them:
 * each number under the first, after `注：`, and a note longer than its line wrapped under its
 * first word, as GB/T 9704 §7.3.4 hangs the 附件说明's names. What is read here is what stands
 * before a note's words; the writer measures it.
 */

/** 注：, 备注：, 注释： opening a line (model/notes.ts reads the same labels), and the spaces after it. */
const NOTE_LABEL = /^(?:备注|注释|注)[ \u3000]*[:：][ \u3000\t]*/u;

/** A circled or parenthesised numeral a note may be numbered with (①–⑳, ⑴–⒇), which markerAt leaves to the model. */
const isNoteNumeral = (code: number): boolean => (code >= 0x2460 && code <= 0x2473) || (code >= 0x2474 && code <= 0x2487);


/** Where the words after a note's number at `at` start (the spaces after the number passed over), or -1 for no number there. */
function wordsAfterNumber(content: string, at: number): number {
  let end: number;
  if (isNoteNumeral(content.charCodeAt(at))) end = at + 1;
  else {
    const marker = markerAt(content, at);
    if (marker !== null && marker.value !== null) end = at + (marker.end - marker.start);
    else {
      // `2.2023年为基数年。`: the number of a note the model reads, which the grammar takes for a decimal.
      end = yearLedNumberEnd(content, at);
      if (end < 0) return -1;
    }
  }
  while (end < content.length && isSpaceCode(content.charCodeAt(end))) end++;
  return end;
}

/** Whether a paragraph opens with a note's label (`注：`, `备注：`): a table's notes, when right under it. */
export function opensWithNoteLabel(content: string): boolean {
  return NOTE_LABEL.test(content);
}

/** A note's first line: its label, and what stands before its words (`注：1.`); the label alone when nothing follows it. */
export function noteLabelLead(content: string): { label: string; lead: string } | null {
  const label = NOTE_LABEL.exec(content)?.[0];
  if (label === undefined) return null;
  if (label.length === content.length) return { label, lead: label };
  const words = wordsAfterNumber(content, label.length);
  return words < 0 ? null : { label, lead: content.slice(0, words) };
}

/** A later line of a note (`2.……`): what stands before its words, or null when it opens with no number. */
export function noteNumberLead(content: string): string | null {
  const words = wordsAfterNumber(content, 0);
  return words < 0 ? null : content.slice(0, words);
}

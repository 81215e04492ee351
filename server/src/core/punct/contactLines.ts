/**
 * A contact line a plan closes a section with (联系人：市市场监管局质量发展科　张××，电话：…): the
 * office, a space and the person, set apart on purpose as a signature's lines are. Before the
 * plan such lines are never read as prose; inside it (under 工作要求) they are the same line.
 */

/** 联系人, 联系方式, 联系电话 and the like opening the paragraph, after its indent. */
const CONTACT_OPENING = /[ \u3000]*联系(?:人|方式|电话)[^，。；]{0,3}[：:]/y;

/** A contact line is short: a paragraph longer than this is prose that mentions one. */
const MAX_CONTACT_LINE = 80;

/** Whether the paragraph `text.slice(start, end)` is a contact line. */
export function isContactLine(text: string, start: number, end: number): boolean {
  // One code unit first: almost no paragraph opens with 联 (or an indent before it).
  const first = text.charCodeAt(start);
  if (end - start > MAX_CONTACT_LINE || (first !== 0x8054 && first !== 0x3000 && first !== 0x20)) return false;
  CONTACT_OPENING.lastIndex = start;
  return CONTACT_OPENING.test(text);
}

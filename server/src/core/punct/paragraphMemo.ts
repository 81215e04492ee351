import type { ProseParagraph } from "./prose.js";

/**
 * The punctuation detectors' answers for a paragraph, remembered by what they read of it: its
 * text with one character either side (they look at the neighbours of a mark at its edges),
 * and where the spans other families own lie in it. While a plan is edited every keystroke
 * runs them over every paragraph, and all but the edited one read as they did before. Answers
 * are kept with offsets from the paragraph's start and moved to where it stands now.
 */
export function memoPerParagraph<T>(detect: (text: string, paragraph: ProseParagraph) => T[], move: (found: T, by: number) => T): (text: string, paragraph: ProseParagraph) => T[] {
  const answers = new Map<string, readonly T[]>();
  return (text, paragraph) => {
    const key = signatureOf(text, paragraph);
    let relative = answers.get(key);
    if (relative === undefined) {
      const found = detect(text, paragraph);
      relative = found.length === 0 ? NOTHING : found.map((each) => move(each, -paragraph.start));
      if (answers.size >= ANSWERS_LIMIT) answers.clear();
      answers.set(key, relative);
    }
    return relative.length === 0 ? [] : relative.map((each) => move(each, paragraph.start));
  };
}

const NOTHING: readonly never[] = Object.freeze([]);
/** Per detector; cleared when full (a plan has a few thousand paragraphs). */
const ANSWERS_LIMIT = 20_000;

const signatures = new WeakMap<ProseParagraph, string>();

/**
 * `<`/`>` when the paragraph starts or ends the text (nothing to read there), else the
 * character; the owned spans as offsets from the start; then the text. Computed once per
 * paragraph: the four detectors share it.
 */
function signatureOf(text: string, paragraph: ProseParagraph): string {
  let signature = signatures.get(paragraph);
  if (signature === undefined) {
    const { start, end } = paragraph;
    let owned = "";
    for (const span of paragraph.owned) owned += `${span.start - start}-${span.end - start},`;
    const before = start === 0 ? "<" : `+${text[start - 1]}`;
    const after = end >= text.length ? ">" : `+${text[end]}`;
    signature = `${owned}|${before}${after}${text.slice(start, end)}`;
    signatures.set(paragraph, signature);
  }
  return signature;
}

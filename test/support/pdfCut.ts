/** `text` as a PDF copy cut by characters gives it: every line longer than `measure` cut into pieces. */
export function cutEvery(text: string, measure: number): string {
  return text
    .split("\n")
    .flatMap((line) => {
      const chars = [...line];
      if (chars.length <= measure) return [line];
      const pieces: string[] = [];
      for (let at = 0; at < chars.length; at += measure) pieces.push(chars.slice(at, at + measure).join(""));
      return pieces;
    })
    .join("\n");
}

/** Marks the line-breaking rule (避头尾) keeps off a line's start: a PDF lets them hang past the measure. */
const HANGING = new Set([..."，、。；：！？”’）》〕】%,.;:)"]);

/**
 * `text` as a PDF set by width gives it: every line longer than `columns` (a Chinese character
 * two, an ASCII one one) cut at the measure, a mark that may not open a line hung at the end of
 * the line before, and a run of digits never cut.
 */
export function cutByWidth(text: string, columns: number): string {
  const width = (ch: string) => (ch.charCodeAt(0) < 0x1100 ? 1 : 2);
  return text
    .split("\n")
    .flatMap((line) => {
      const chars = [...line];
      const pieces: string[] = [];
      let at = 0;
      while (at < chars.length) {
        let end = at;
        for (let used = 0; end < chars.length && used + width(chars[end]!) <= columns; end++) used += width(chars[end]!);
        while (end < chars.length && HANGING.has(chars[end]!)) end++;
        let digits = end;
        while (digits > at + 1 && digits < chars.length && /[0-9.]/.test(chars[digits - 1]!) && /[0-9.%]/.test(chars[digits]!)) digits--;
        if (digits > at + 1) end = digits;
        pieces.push(chars.slice(at, end).join(""));
        at = end;
      }
      return pieces.length > 0 ? pieces : [line];
    })
    .join("\n");
}

/** `text` with a printed page's number (`— 1 —`, blank lines about it) after every `lines` lines, as a PDF copy keeps them. */
export function withPageNumbers(text: string, lines: number): string {
  const source = text.split("\n");
  const out: string[] = [];
  let page = 1;
  for (let i = 0; i < source.length; i++) {
    out.push(source[i]!);
    if ((i + 1) % lines === 0 && i + 1 < source.length) out.push("", `— ${page++} —`, "");
  }
  return out.join("\n");
}

/**
 * `text` as a PDF viewer's copy of a printed plan gives it: every line cut at `columns` (cutByWidth),
 * the blank lines gone, and at every page's edge (`lines` lines a page) its number `— 3 —` and the
 * running head printed over the next page (`head`, the plan's title).
 */
export function asPdfViewerCopy(text: string, columns: number, lines: number, head: string): string {
  const cut = cutByWidth(text.replace(/\r\n/g, "\n"), columns).split("\n").filter((line) => line.trim() !== "");
  const out: string[] = [];
  let page = 1;
  for (let i = 0; i < cut.length; i++) {
    if (i > 0 && i % lines === 0) out.push(`— ${page++} —`, head);
    out.push(cut[i]!);
  }
  return out.join("\n") + "\n";
}

/** `text` as WPS copies it: every paragraph opened with the ideographic spaces 　　, its own indentation replaced. */
export function asWpsCopy(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .split("\n")
    .map((line) => (line.trim() === "" ? line : `　　${line.trim()}`))
    .join("\n");
}

import { isHanCode } from "../punct/chars.js";
import type { Paper } from "./options.js";

/**
 * The figures of GB/T 9704—2012 (see ../shared/spec/gongwen-facts.md, section (a)) in Word's
 * units: twips (1/20 pt) for lengths, half-points for font sizes.
 */

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** Chinese type sizes (号) in points. */
export const SIZE_PT = { 二号: 22, 三号: 16, 四号: 14 } as const;
export const halfPoints = (points: number): number => points * 2;

const PAPER_MM: Record<Paper, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
};

/** The type area (版心) is 156 mm × 225 mm; on A4 天头 is 37 mm and 订口 28 mm. */
const TYPE_AREA_MM = { width: 156, height: 225 };
const A4_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 };

/** 22 lines of 28 characters per page. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** The type area's width in twips, on any paper: a title's line may be no wider. */
export const TYPE_WIDTH = mm(TYPE_AREA_MM.width);

/**
 * How wide Word sets a line of text, in twips, the way it lays it out (the export leaves Word's
 * defaults on): each character its cell — a Chinese character (and a full-width form) the font's
 * size, a half-width digit, Latin letter or space half of it, as the 公文 fonts (仿宋_GB2312,
 * 方正小标宋) set them — plus the run's character spacing (the body's tightening to 28 a line),
 * plus the space Word adds by itself between Chinese text and digits or Latin letters
 * (autoSpaceDN / autoSpaceDE, on unless a paragraph turns them off): `2023年12月18日` in 3号 is
 * seven characters and five such spaces wide, not seven characters.
 */
export function wordWidth(text: string, points: number, characterSpacing: number): number {
  const em = points * 20;
  let total = 0;
  let previous: Script | null = null;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    total += (isHalfWidth(code) ? em / 2 : em) + characterSpacing;
    const script = scriptOf(code);
    if (script !== null && previous !== null && script !== previous) total += em * AUTOSPACE_EM;
    previous = script;
  }
  return total;
}

/**
 * The space Word adds between Chinese text and digits or Latin letters, in ems of the font
 * size: a quarter, the 四分空 of CJK typesetting (JIS X 4051, which Word's East Asian layout
 * follows). Next to punctuation it adds none.
 */
export const AUTOSPACE_EM = 0.25;

type Script = "cjk" | "latin";

/**
 * Which side of the autospace a character is on: ideographs, kana and hangul; ASCII digits and
 * letters. Punctuation, spaces and full-width forms are on neither: no space is added next to them.
 */
function scriptOf(code: number): Script | null {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return "latin";
  // Ideographs (planes 2–3 too), kana, hangul.
  if (isHanCode(code) || (code >= 0x20000 && code <= 0x3ffff) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af)) return "cjk";
  return null;
}

/** ASCII and the half-width forms (U+FF61–U+FFDC): what a CJK font sets in half a cell. */
function isHalfWidth(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0xff61 && code <= 0xffdc);
}

/** The body's size: 3号 (16 pt); every heading level has it too. */
export const BODY_PT = SIZE_PT.三号;
/** One character of body text, the unit of indents (首行缩进二字, 右空四字 …). */
export const BODY_CHAR = BODY_PT * 20;

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** Line pitch that puts exactly 22 lines in the type area. */
  linePitch: number;
  /**
   * Spacing added to each body character (twips, negative: tighter) so that 28 characters of
   * 3号 fit the type area's width: 16 pt × 28 is 448 pt, the 156 mm line about 442 pt.
   */
  characterSpacing: number;
}

/**
 * Page size, margins and grid. On A4 the margins are the standard's; on another paper the type
 * area keeps its size and the spare room is split in the standard's proportions, so the grid
 * (22 × 28) stays the same.
 */
export function pageGeometry(paper: Paper): PageGeometry {
  const size = PAPER_MM[paper];
  const spareWidth = size.width - TYPE_AREA_MM.width;
  const spareHeight = size.height - TYPE_AREA_MM.height;
  const left = (spareWidth * A4_MARGINS_MM.left) / (A4_MARGINS_MM.left + A4_MARGINS_MM.right);
  const top = (spareHeight * A4_MARGINS_MM.top) / (A4_MARGINS_MM.top + A4_MARGINS_MM.bottom);
  const width = mm(size.width);
  const height = mm(size.height);
  const margin = { top: mm(top), bottom: mm(spareHeight - top), left: mm(left), right: mm(spareWidth - left) };
  const typeWidth = width - margin.left - margin.right;
  const typeHeight = height - margin.top - margin.bottom;
  // Rounded down: a pitch one twip too large leaves room for only 21 lines.
  const linePitch = Math.floor(typeHeight / LINES_PER_PAGE);
  // Rounded down too: the 28th character must fit.
  const characterSpacing = Math.floor(typeWidth / CHARS_PER_LINE) - BODY_CHAR;
  return {
    width,
    height,
    margin: {
      ...margin,
      header: mm(15),
      // The page number's 一字线 sits 7 mm below the type area (§7.5): the footer's bottom is
      // that far up less the page-number line's height.
      footer: margin.bottom - mm(7) - PAGE_NUMBER_LINE,
    },
    linePitch,
    characterSpacing,
  };
}

/**
 * The 发文机关标志's top edge stands 35 mm below the type area's (GB/T 9704—2012 §7.2.4), whatever
 * stands above it (份号, 密级, 紧急程度 take the lines in between); the 发文字号 two blank lines
 * under it (§7.2.5).
 */
export const ISSUER_MARK_TOP = mm(35);

/** Page numbers: 4号 (14 pt) 半角宋体, `— 1 —`, one character in from the outer edge. */
export const PAGE_NUMBER_PT = SIZE_PT.四号;
export const PAGE_NUMBER_LINE = Math.round(PAGE_NUMBER_PT * 20 * 1.2);
export const PAGE_NUMBER_FONT = ["宋体", "SimSun", "STSong"] as const;
export const EM_DASH = "\u2014";

/** Digits and Latin letters when the option asks for them. */
export const LATIN_FONT = "Times New Roman";

/** 版记 lines: 4号仿宋, one character in on both sides; rules 0.35 mm (outer) and 0.25 mm (inner). */
export const IMPRINT_PT = SIZE_PT.四号;
export const IMPRINT_CHAR = IMPRINT_PT * 20;
/** Border widths in eighths of a point. */
export const RULE_THICK = Math.round((0.35 / 25.4) * 72 * 8);
export const RULE_THIN = Math.round((0.25 / 25.4) * 72 * 8);

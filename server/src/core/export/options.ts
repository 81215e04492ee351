/**
 * What the user may choose about a 公文 export (CLI flags, VS Code settings `policyPlan.export.*`).
 * Everything else follows GB/T 9704—2012 and is not an option.
 */

export const PAPERS = ["A4", "Letter"] as const;
export type Paper = (typeof PAPERS)[number];

/** Where each font is used: the body and levels 3–4, the title, level-1 and level-2 headings. */
export const FONT_ROLES = ["body", "title", "heading1", "heading2"] as const;
export type FontRole = (typeof FONT_ROLES)[number];

/** How a draft is marked on every page: not at all, in the header, or as a diagonal watermark. */
export const DRAFT_MARKS = ["none", "header", "watermark"] as const;
export type DraftMark = (typeof DRAFT_MARKS)[number];

/** `〔对应纲要：…〕` annotations are markup, not plan text: left out, or kept as Word comments (批注). */
export const ANNOTATION_MODES = ["omit", "comments"] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

export interface DocxExportOptions {
  paper: Paper;
  /** Each role's font with its fallbacks, first choice first (written to Word's font table). */
  fonts: Record<FontRole, readonly string[]>;
  /** Bold 楷体 (level 2) and 仿宋 (levels 3–4) headings: local practice, not the standard. */
  boldHeadings: boolean;
  /** Digits and Latin letters in Times New Roman (a common local practice) instead of the CJK font. */
  latinDigits: boolean;
  draftMark: DraftMark;
  annotations: AnnotationMode;
}

/**
 * The fonts GB/T 9704 names, each followed by what a machine without it usually has: the GB2312
 * fonts of government machines, then Windows' built-in faces, then macOS'.
 */
export const DEFAULT_FONTS: Record<FontRole, readonly string[]> = {
  body: ["仿宋_GB2312", "仿宋", "FangSong", "STFangsong"],
  title: ["方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体"],
  heading1: ["黑体", "SimHei", "STHeiti"],
  heading2: ["楷体_GB2312", "楷体", "KaiTi", "STKaiti"],
};

export const DEFAULT_EXPORT_OPTIONS: DocxExportOptions = {
  paper: "A4",
  fonts: DEFAULT_FONTS,
  boldHeadings: false,
  latinDigits: false,
  draftMark: "none",
  annotations: "omit",
};

/** Settings as the shells receive them: any field may be missing; fonts as "A, B, C" lists. */
export interface ExportSettings {
  paper?: string;
  fonts?: Partial<Record<string, string | readonly string[]>>;
  boldHeadings?: boolean;
  latinDigits?: boolean;
  draftMark?: string;
  annotations?: string;
}

/** A setting that cannot be used, with a Chinese message naming it. */
export class ExportOptionError extends Error {}

/** Splits a font list written as `仿宋_GB2312, 仿宋` (ASCII or full-width commas, 、). */
export function fontChain(value: string | readonly string[]): string[] {
  const names = typeof value === "string" ? value.split(/[,，、;；]/) : [...value];
  return names.map((name) => name.trim()).filter((name) => name.length > 0);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === "") return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ExportOptionError(`导出选项 ${name} 的取值无效：${value}（可用 ${allowed.join("、")}）`);
}

/** Settings over the defaults; an unknown value is an error rather than silently ignored. */
export function resolveExportOptions(settings: ExportSettings = {}): DocxExportOptions {
  const fonts: Record<FontRole, readonly string[]> = { ...DEFAULT_FONTS };
  for (const [role, value] of Object.entries(settings.fonts ?? {})) {
    if (!(FONT_ROLES as readonly string[]).includes(role)) {
      throw new ExportOptionError(`未知的字体用途：${role}（可用 ${FONT_ROLES.join("、")}）`);
    }
    if (value === undefined) continue;
    const chain = fontChain(value);
    if (chain.length > 0) fonts[role as FontRole] = chain;
  }
  return {
    paper: oneOf("paper", settings.paper, PAPERS, DEFAULT_EXPORT_OPTIONS.paper),
    fonts,
    boldHeadings: settings.boldHeadings ?? DEFAULT_EXPORT_OPTIONS.boldHeadings,
    latinDigits: settings.latinDigits ?? DEFAULT_EXPORT_OPTIONS.latinDigits,
    draftMark: oneOf("draftMark", settings.draftMark, DRAFT_MARKS, DEFAULT_EXPORT_OPTIONS.draftMark),
    annotations: oneOf("annotations", settings.annotations, ANNOTATION_MODES, DEFAULT_EXPORT_OPTIONS.annotations),
  };
}

import type { CitationNode } from "../syntax/cst.js";

/**
 * Short titles: a plan cites a document in full once and names it by a short form afterwards,
 * declared where it is first cited — 《质量强国建设纲要》（以下简称《纲要》）. A short form that
 * is only a genre word (《纲要》, 《意见》, 《实施方案》) says nothing by itself: a reader needs
 * that declaration to know which document it is.
 */

/**
 * A title that is only a kind of document, with at most a word that says nothing of which
 * document (《实施意见》, 《规划纲要》, 《建设纲要》, 《工作要点》): it names no document without a
 * declaration.
 */
const GENRE_ONLY = /^(?:实施|指导|工作|行动|三年行动|专项|规划|发展|建设|总体|若干)?(?:纲要|意见|方案|规划|计划|通知|决定|办法|条例|细则|规定|措施|要点)$/;

/** 以下简称《纲要》, 简称“纲要”: the declaration, and the short form it declares. */
const DECLARATION = /(?:以下)?简称\s*[《“"「]([^《》“”"「」\r\n]{1,20})[》”"」]/g;

export interface ShortTitleDeclaration {
  /** The short form declared (纲要), without brackets. */
  short: string;
  /** Where 简称 starts. */
  start: number;
  /** The citation it follows, which it abbreviates; null when no citation comes before it. */
  full: CitationNode | null;
}

export function isGenreOnly(title: string): boolean {
  return GENRE_ONLY.test(title);
}

/** Every short-title declaration of a plan, in text order, with the citation each abbreviates. */
export function shortTitleDeclarations(text: string, citations: readonly CitationNode[]): ShortTitleDeclaration[] {
  const declarations: ShortTitleDeclaration[] = [];
  // Citations are in text order: one cursor over them serves every declaration.
  let next = 0;
  let last: CitationNode | null = null;
  for (const match of text.matchAll(DECLARATION)) {
    const start = match.index;
    while (next < citations.length && citations[next]!.end <= start) {
      // The declared short form is itself a citation (《纲要》 in 以下简称《纲要》): never its own full title.
      if (!isGenreOnly(citations[next]!.title)) last = citations[next]!;
      next++;
    }
    declarations.push({ short: match[1]!, start, full: last });
  }
  return declarations;
}

/** Whether the citation is the short form inside a declaration (以下简称《纲要》), not a use of it. */
export function isDeclared(text: string, citation: CitationNode): boolean {
  return /简称\s*$/.test(text.slice(Math.max(0, citation.start - 8), citation.start));
}

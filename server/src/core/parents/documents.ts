import type { ParentDocument } from "./types.js";
import { normalizeTitle, titleSimilarity, TITLE_SIMILARITY_THRESHOLD } from "./titles.js";
import { TextMemoByOwner } from "../text/textMemo.js";
import { namesOtherIssuer, namesOtherLevel, omitsOpeningPlace } from "./issuerPlaces.js";
import cited from "./data/cited-documents.json";

/** A document whose exact title (and 文号, where known) citations are checked against. */
export interface CitableDocument {
  title: string;
  aliases: readonly string[];
  docNumber: string | null;
  issuer: string | null;
  date: string | null;
  /** The parent document, when this is one (hover and navigation can open it). */
  parent: ParentDocument | null;
}

const CITED: readonly CitableDocument[] = cited.documents.map((d) => ({ title: d.title, aliases: [], docNumber: d.docNumber, issuer: d.issuer, date: d.date, parent: null }));

/** The known parents first, then the other documents plans cite (provinces' 实施意见). */
export function citableDocuments(parents: readonly ParentDocument[]): readonly CitableDocument[] {
  // Every analysis lists the known parents anew, mostly the same ones: the same list comes
  // back for the same parents, so that what is remembered per document and per list (the
  // normalised forms, the closest titles) is found again on the next keystroke.
  if (lastCitable !== null && sameItems(lastCitable.parents, parents)) return lastCitable.documents;
  const fromParents = parents.map(citableParent);
  const titles = new Set(fromParents.map((d) => normalizeTitle(d.title)));
  // Readonly by type, not frozen: it is searched per citation (ARCHITECTURE.md, "Frozen arrays").
  const documents: readonly CitableDocument[] = [...fromParents, ...CITED.filter((d) => !titles.has(normalizeTitle(d.title)))];
  lastCitable = { parents: [...parents], documents };
  return documents;
}

let lastCitable: { parents: readonly ParentDocument[]; documents: readonly CitableDocument[] } | null = null;
const citableByParent = new WeakMap<ParentDocument, CitableDocument>();

/**
 * A parent as a citable document. A parent file copied from a web page often lacks the 文号 (and
 * the 成文日期) the data knows for its title (赣州's plan, 赣市府字〔2024〕41号): what the file does
 * not say is taken from the data, so a citation of it is still checked against its 文号 and year.
 */
function citableParent(p: ParentDocument): CitableDocument {
  let document = citableByParent.get(p);
  if (!document) {
    const known = p.docNumber === null || p.date === null ? CITED.find((d) => normalizeTitle(d.title) === normalizeTitle(p.title)) : undefined;
    document = { title: p.title, aliases: p.aliases, docNumber: p.docNumber ?? known?.docNumber ?? null, issuer: p.issuer ?? known?.issuer ?? null, date: p.date ?? known?.date ?? null, parent: p };
    citableByParent.set(p, document);
  }
  return document;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Every form a document is rightly cited under, normalised. */
export function titleForms(document: CitableDocument): readonly string[] {
  let forms = formsCache.get(document);
  if (!forms) {
    forms = [document.title, ...document.aliases].map(normalizeTitle);
    formsCache.set(document, forms);
  }
  return forms;
}

/** Each document's forms normalised once: every citation of a plan is compared with every document. */
const formsCache = new WeakMap<CitableDocument, readonly string[]>();

/**
 * Whether a (normalised) title rightly cites a document: one of its forms, or such a form with
 * the issuers written outside the brackets — 中共中央、国务院《关于印发〈质量强国建设纲要〉的通知》,
 * 省委、省政府《关于深化质量强省建设的实施意见》 — which starts at 关于.
 */
export function citesRightly(key: string, document: CitableDocument): boolean {
  return titleForms(document).some((form) => form === key || (key.startsWith("关于") && form.endsWith(key)));
}



/**
 * The document a mistyped title most likely means, with the form it should take: null when the
 * title is right, or when it is not close to any known title (then it is another document).
 */
export function closestTitle(title: string, documents: readonly CitableDocument[]): ClosestTitle | null {
  const memo = closestByList.of(documents);
  const known = memo.lookup(title);
  return known !== undefined ? known : memo.remember(title, (copy) => searchClosestTitle(copy, documents));
}

type ClosestTitle = { document: CitableDocument; form: string; score: number };

/**
 * The answers of `closestTitle` per list of documents (citableDocuments gives the same list
 * while the known parents stay), by title: every keystroke asks again for every citation of
 * the plan, and each question compares the title with every known one. Bounded; titles are
 * copies (text/detached.ts).
 */
const closestByList = new TextMemoByOwner<readonly CitableDocument[], ClosestTitle | null>(5000);

/** A period in brackets at the end of a (normalised) title: `（2023—2035年）`, `(2021-2025)`. */
const PERIOD_SUFFIX = /[（(]\d{4}年?[—－\-–~～至到]\d{4}年?[）)]$/;

function searchClosestTitle(title: string, documents: readonly CitableDocument[]): ClosestTitle | null {
  const key = normalizeTitle(title);
  if (key.length === 0) return null;
  const withPeriod = periodAdded(key, documents);
  if (withPeriod) return withPeriod;
  let best: ClosestTitle | null = null;
  for (const document of documents) {
    if (citesRightly(key, document)) return null;
    // 《浙江省人民政府关于深化质量强省建设的实施意见》 is not a mistyped citation of Jiangxi's.
    if (namesOtherIssuer(key, document.title) || omitsOpeningPlace(key, document.title)) continue;
    const forms = [document.title, ...document.aliases];
    const normals = titleForms(document);
    for (let index = 0; index < forms.length; index++) {
      const form = forms[index]!;
      const normal = normals[index]!;
      if (namesOtherLevel(key, normal)) continue;
      // The LCS is at most the shorter length: a pair whose lengths alone keep it under the
      // threshold cannot be the answer, and most known titles are not near a given citation.
      if ((2 * Math.min(key.length, normal.length)) / (key.length + normal.length) < TITLE_SIMILARITY_THRESHOLD) continue;
      const score = titleSimilarity(key, normal);
      if ((score >= TITLE_SIMILARITY_THRESHOLD || wordSwapped(key, normal)) && (!best || score > best.score)) best = { document, form: form.replace(/《/g, "〈").replace(/》/g, "〉"), score };
    }
  }
  return best;
}

/** The shortest title, and the shortest opening it must keep, for a word swapped in it to count. */
const MIN_SWAP_TITLE = 8;
const MIN_SWAP_OPENING = 4;

/**
 * Whether a cited title is a known one with one word of two characters or fewer swapped for
 * another after an opening of at least four kept (《质量强国战略纲要》 for 《质量强国建设纲要》):
 * the subject the opening names is the document's, the word a slip. A short title loses too
 * much of its likeness to one swapped word for the similarity threshold to see it. A different
 * opening (《交通强国建设纲要》) is another document's subject, never a swap.
 */
function wordSwapped(key: string, known: string): boolean {
  if (key.length !== known.length || key.length < MIN_SWAP_TITLE) return false;
  let opening = 0;
  while (opening < key.length && key.charCodeAt(opening) === known.charCodeAt(opening)) opening++;
  if (opening < MIN_SWAP_OPENING || opening === key.length) return false;
  let closing = 0;
  while (closing < key.length - opening && key.charCodeAt(key.length - 1 - closing) === known.charCodeAt(known.length - 1 - closing)) closing++;
  return key.length - opening - closing <= 2;
}

/**
 * A known title with a period added that it does not have: 《质量强国建设纲要（2023—2035年）》
 * runs to 2035, but the document is titled without it. The period makes the title too long to
 * be near the known one, so it would pass for another document. A document whose own title
 * carries a period (《知识产权强国建设纲要（2021—2035年）》) is cited rightly with it.
 */
function periodAdded(key: string, documents: readonly CitableDocument[]): ClosestTitle | null {
  const period = PERIOD_SUFFIX.exec(key);
  if (!period) return null;
  const bare = key.slice(0, period.index);
  for (const document of documents) {
    const normals = titleForms(document);
    if (normals.some((form) => PERIOD_SUFFIX.test(form))) continue;
    const index = normals.indexOf(bare);
    if (index < 0) continue;
    const form = [document.title, ...document.aliases][index]!;
    return { document, form: form.replace(/《/g, "〈").replace(/》/g, "〉"), score: 1 };
  }
  return null;
}

/** The known document a title rightly cites, or null. */
export function citedDocument(title: string, documents: readonly CitableDocument[]): CitableDocument | null {
  const key = normalizeTitle(title);
  return documents.find((d) => citesRightly(key, d)) ?? null;
}

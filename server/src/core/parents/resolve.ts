import type { PlanConfig } from "../config/schema.js";
import type { CitationNode } from "../syntax/cst.js";
import type { PlanDocument } from "../model/types.js";
import { lazy } from "../lazy.js";
import { wrapJoins } from "../model/hardWrap.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { citableDocuments, citedDocument, closestTitle } from "./documents.js";
import { namesOtherIssuer } from "./issuerPlaces.js";
import { docNumberKey, isOwnTitle, normalizeTitle } from "./titles.js";
import { parentFromOutlineData, type OutlineData } from "./outlineData.js";
import { carriesSubject } from "./subject.js";
import { planYearOf } from "../targets/plan.js";
import { isGeneralRequirements } from "../xref/tasks.js";
import type { LoadedParent, ParentDocument, ParentEntry, ParentFiles, ResolvedParent } from "./types.js";
import type { Span } from "../model/types.js";

let builtins: ParentDocument[] | null = null;
/** Read on first use (out/data/quality-power-outline.js in the bundles): a plan that cites nothing never reads it. */
const builtinOutline = lazy(() => require("./data/quality-power-outline.json") as OutlineData);


/**
 * The parents shipped with the checker (parsed once, on first use). The built-in outline is our
 * own data file, already in the schema's output form (a test holds that outlineDataSchema
 * changes nothing in it): it is used as it is, so checking a plan that cites it never loads zod.
 */
export function builtinParents(): readonly ParentDocument[] {
  builtins ??= [parentFromOutlineData(builtinOutline(), "builtin")];
  return builtins;
}

/**
 * Every parent a plan may refer to: the files its configuration names first, then the built-in
 * ones they do not replace (a file with the same title replaces the built-in: that is how a
 * user brings the complete text of the outline).
 */
export function knownParents(loaded: readonly LoadedParent[] = []): ParentDocument[] {
  const files = loaded.map((l) => l.parent);
  const titles = new Set(files.map((p) => normalizeTitle(p.title)));
  return [...files, ...builtinParents().filter((p) => !titles.has(normalizeTitle(p.title)))];
}

/** The known parent with this id, title or citation form; null if none. */
export function findParent(name: string, known: readonly ParentDocument[]): ParentDocument | null {
  const key = normalizeTitle(name);
  return (
    known.find((p) => p.id === name || normalizeTitle(p.title) === key) ??
    known.find((p) => p.aliases.some((a) => normalizeTitle(a) === key)) ??
    null
  );
}

/**
 * The parent a citation names: by its title, a citation form, or the document its title
 * transmits (`关于印发〈质量强国建设纲要〉的通知` cites the outline); failing those, the parent a
 * mistyped title most likely means (《质量强国纲要》, 《国家质量强国建设纲要》: the one xref/title
 * offers to correct it to), or whose 发文字号 it gives (《…》（中发〔2022〕17号）). A citation
 * that only looks like the outline is still the outline's: measuring the plan against nothing
 * because of a dropped 建设 would hide every weaker target.
 */
export function parentOfCitation(citation: Pick<CitationNode, "title" | "nested" | "docNumber">, known: readonly ParentDocument[]): ParentDocument | null {
  const transmits = /印发/.test(citation.title);
  const exact = findParent(citation.title, known) ?? (transmits ? citation.nested.map((n) => findParent(n.title, known)).find((p) => p) ?? null : null);
  if (exact) return exact;
  const documents = citableDocuments(known);
  const titles = [citation.title, ...(transmits ? citation.nested.map((n) => n.title) : [])];
  for (const title of titles) {
    const closest = closestTitle(title, documents);
    if (closest) return closest.document.parent;
  }
  // A title that rightly names another known document, or names an issuing place the parent's
  // does not (浙江省人民政府关于…), is that other document, whatever 文号 follows.
  if (!citation.docNumber || citedDocument(citation.title, documents)) return null;
  const { code, year, number } = citation.docNumber;
  const key = `${code}${year}-${number}`;
  return known.find((parent) => parent.docNumber !== null && docNumberKey(parent.docNumber) === key && !namesOtherIssuer(citation.title, parent.title)) ?? null;
}

/**
 * A plan's parents, each once, in this order: the configuration's `parents`, the front matter's
 * 上位文件, and the documents cited before the plan's first item (为贯彻落实《…》) — named by a
 * title, a configured or built-in document's, else a parent file's the shell finds by that
 * title (`files`: a `.plan` in the folder, see resolvePlanParents). Never the
 * plan itself: a parent file lies among the plans its configuration covers, and checking it
 * must not measure it against itself (`isItself`; the shells also leave out the parent read
 * from the very file they check, see node/parentFiles.ts `parentsOtherThan`).
 */
export function resolveParents(plan: PlanDocument, config: PlanConfig | undefined, loaded: readonly LoadedParent[] = [], files?: ParentFiles): ResolvedParent[] {
  return resolvePlanParents(plan, config, loaded, files).parents;
}

/**
 * `resolveParents`, with the parent files found by title (`files`: a title the front matter or a
 * citation before the first item names, which no configured or built-in document has, is asked
 * for there) among the loaded ones: `loaded` is what the plan's known parents are made from.
 */
export function resolvePlanParents(
  plan: PlanDocument,
  config: PlanConfig | undefined,
  loaded: readonly LoadedParent[] = [],
  files?: ParentFiles,
): { parents: ResolvedParent[]; loaded: readonly LoadedParent[] } {
  // Only a plan that names a parent needs the known ones (the built-in outline is parsed then).
  let knownList: ParentDocument[] | undefined;
  let all = loaded;
  const known = () => (knownList ??= knownParents(all));
  const inFiles = (...titles: string[]): ParentDocument | null => {
    for (const title of titles) {
      const file = files?.find(title) ?? null;
      if (!file) continue;
      if (!all.includes(file)) {
        all = [...all, file];
        knownList = undefined;
      }
      return file.parent;
    }
    return null;
  };
  const resolved: ResolvedParent[] = [];
  const add = (parent: ParentDocument | null, via: ResolvedParent["via"], span: ResolvedParent["span"], through: string | null = null) => {
    if (parent && !resolved.some((r) => r.parent === parent) && !isItself(plan, parent)) resolved.push({ parent, via, span, secondaryTo: null, implementsOther: null, through });
  };
  for (const entry of config?.parents ?? []) add(loaded.find((l) => l.entry === entry)?.parent ?? findParent(entry, known()), "config", null);
  const parentsEntry = plan.frontMatter?.entries.find((e) => e.canonicalKey === "上位文件");
  if (parentsEntry) for (const name of plan.metadata.parents) add(findParent(name, known()) ?? inFiles(name), "frontMatter", parentsEntry.valueSpan);
  const basis = basisCitations(plan);
  for (const citation of basis) {
    const titles = /印发/.test(citation.title) ? [citation.title, ...citation.nested.map((n) => n.title)] : [citation.title];
    add(parentOfCitation(citation, known()) ?? inFiles(...titles), "citation", citation);
  }
  if (resolved.length === 0 && (config?.parents ?? []).length === 0 && !parentsEntry) {
    if (basis.length === 0) {
      const inferred = inferredBasis(plan);
      if (inferred) add(findParent(inferred.parent, known()), "inferred", inferred.span);
    } else {
      const year = planYearOf(plan);
      for (const citation of basis) {
        if (isOwnTitle(plan, citation.title)) continue;
        const local = localVersionOf(citation, known(), year);
        if (local) add(local.parent, "inferred", citation, local.title);
      }
    }
  }
  markSecondary(plan, resolved, basis);
  markOtherBasis(plan, resolved, basis, known);
  return { parents: resolved, loaded: all };
}

/**
 * A parent the configuration gives a whole folder is the plan's own only where the plan takes it up:
 * a 工作要点 on 知识产权 in a folder of 质量强市 plans states its basis (为贯彻落实《知识产权强国建设纲要》),
 * cites no title of the folder's parent, and its title carries neither that parent's subject nor a
 * cited document's (`markSecondary`, which reads such a plan as one implementing the parent in part).
 * Measured against the folder's parent by likeness, its brand and enforcement tasks were credited to
 * an outline it never names: it implements the document it cites (`implementsOther`). Not where the
 * preamble says it carries out the parent's decisions (贯彻落实…关于建设质量强国…的决策部署).
 */
function markOtherBasis(plan: PlanDocument, resolved: ResolvedParent[], basis: readonly CitationNode[], known: () => readonly ParentDocument[]): void {
  if (basis.length === 0) return;
  const title = plan.metadata.title ?? plan.title?.text ?? "";
  for (const entry of resolved) {
    if (entry.via !== "config" || entry.secondaryTo !== null) continue;
    if (basis.some((citation) => parentOfCitation(citation, known()) === entry.parent)) continue;
    if ([entry.parent.title, ...entry.parent.aliases].some((name) => carriesSubject(title, name))) continue;
    if (normalizeTitle(entry.parent.title) === normalizeTitle(QUALITY_POWER_OUTLINE) && (QUALITY_POWER_TITLE.test(title) || statedQualityPower(plan) !== null)) continue;
    const other = basis.find((citation) => parentOfCitation(citation, known()) === null);
    if (other) entry.implementsOther = other.title;
  }
}

/**
 * A plan whose title carries the subject of one of the documents it names (a cited one the
 * checker may not know, a configured or front-matter parent) is that document's local version:
 * the other parents are ones it implements only in part. Where the title carries no named
 * document's subject, nothing is known and every parent stays primary.
 */
function markSecondary(plan: PlanDocument, resolved: ResolvedParent[], basis: readonly CitationNode[]): void {
  const title = plan.metadata.title ?? plan.title?.text;
  if (!title || resolved.length === 0) return;
  const carries = (document: string) => carriesSubject(title, document);
  const named = [...basis.map((citation) => citation.title), ...resolved.map((entry) => entry.parent.title)];
  const localised = named.find(carries);
  if (localised === undefined) return;
  for (const entry of resolved) if (!carries(entry.parent.title) && !entry.parent.aliases.some(carries)) entry.secondaryTo = localised;
}

/**
 * A 质量强市 (强省, 强区, 强县…) plan that cites no document but says it carries out the decisions
 * on building 质量强国 (为贯彻落实党中央、国务院…关于建设质量强国…的决策部署) implements
 * 《质量强国建设纲要》, the document those decisions are: a reviewer measures it against the
 * outline. Only when the plan names no basis at all (no configuration, 上位文件 or citation before
 * its first item or in the guiding thought of a plan that opens with it), and only for a plan
 * whose title is a 质量强X plan: a special-topic plan (标准化, 计量, 品牌) implements its own
 * national document, which a citation would name.
 */
const QUALITY_POWER_TITLE = /质量强(?:国|省|市|区|县|州|盟|旗)/;
const IMPLEMENTS_QUALITY_POWER = /(?:贯彻|落实)[^。；;！!？?\n]*?(?:建设质量强国|质量强国(?:建设|战略))/;
const QUALITY_POWER_OUTLINE = "质量强国建设纲要";

function inferredBasis(plan: PlanDocument): { parent: string; span: Span } | null {
  const title = plan.metadata.title ?? plan.title?.text ?? "";
  if (!QUALITY_POWER_TITLE.test(title)) return null;
  const span = statedQualityPower(plan);
  return span === null ? null : { parent: QUALITY_POWER_OUTLINE, span };
}

/** The words by which a plan says it carries out the decisions on building 质量强国, where it states its basis; null where it does not. */
function statedQualityPower(plan: PlanDocument): Span | null {
  // Where the plan states its basis: the part before its first item, or, in a plan that opens
  // with its 总体要求, the guiding thought there (as for citations: guidanceBasis).
  const first = plan.items[0];
  const places = [plan.prelude, first && isGeneralRequirements(first.heading.text) ? first : null];
  for (const place of places) {
    if (!place) continue;
    const read = unwrappedText(plan, place.start, place.end);
    const match = IMPLEMENTS_QUALITY_POWER.exec(read.text);
    if (!match) continue;
    return { start: read.at(match.index), end: read.at(match.index + match[0].length - 1) + 1 };
  }
  return null;
}

/**
 * The text of [start, end) with the wrapped lines joined as structure/hard-wrap's fix joins them
 * (model/hardWrap.ts): a PDF copy cut the sentence that states the basis at its measure, and a
 * line break ends a sentence only where no wrap goes on. `at` maps an offset of the text read
 * back to the text as written.
 */
function unwrappedText(plan: PlanDocument, start: number, end: number): { text: string; at: (offset: number) => number } {
  const joins = plan.hardWrap === null ? [] : wrapJoins(plan).filter((join) => join.start >= start && join.end <= end);
  if (joins.length === 0) return { text: plan.text.slice(start, end), at: (offset) => start + offset };
  // Each piece of the text read: where it starts there and in the text as written.
  const pieces: { read: number; written: number }[] = [];
  let text = "";
  let at = start;
  for (const join of joins) {
    pieces.push({ read: text.length, written: at });
    text += plan.text.slice(at, join.start) + join.text;
    at = join.end;
  }
  pieces.push({ read: text.length, written: at });
  text += plan.text.slice(at, end);
  return {
    text,
    at: (offset) => {
      let k = pieces.length - 1;
      while (k > 0 && pieces[k]!.read > offset) k--;
      return pieces[k]!.written + offset - pieces[k]!.read;
    },
  };
}


/**
 * The known parent a cited document no known one is carries out: the one whose subject its title
 * carries (《中共浙江省委 浙江省人民政府关于深化质量强省建设的实施意见》 is the outline's 质量强X建设 at a
 * province's level; a city's 实施意见 on 质量强市建设 the same a level down). A county plan that
 * cites only its province's or its city's document implements the outline through it, and is
 * measured against it as a plan whose parent was inferred. Null where no known parent's subject
 * is carried, or the citation rightly names another document the checker knows.
 */
function localVersionOf(citation: CitationNode, known: readonly ParentDocument[], year: number | null): { parent: ParentDocument; title: string } | null {
  const titles = /印发/.test(citation.title) ? [citation.title, ...citation.nested.map((n) => n.title)] : [citation.title];
  // A plan dated before a document was issued carries out an older one on the same subject (a
  // 2016 plan's 质量强省 意见 answered the 质量发展纲要, not the 2023 outline).
  const issued = (candidate: ParentDocument) => year === null || candidate.date === null || Number(candidate.date.slice(0, 4)) <= year;
  for (const title of titles) {
    const parent = known.find((candidate) => issued(candidate) && carriesSubject(title, candidate.title));
    if (parent) return { parent, title };
  }
  return null;
}

/** The words by which a plan says it implements a document: 为贯彻落实《…》, 根据《…》, 按照《…》要求. */
const IMPLEMENTS = /贯彻|落实|根据|按照|依据|依照|遵照|实施/;
const LONGEST_IMPLEMENTS_WORD = 2;
/** What ends the clause a citation stands in, by code unit. */
const CLAUSE_STOP = codeUnitSet("，,；;。！!？?\n");

/**
 * The citations before the plan's first item that name what the plan implements. A plan states
 * its basis in a clause such as 为贯彻落实《国家标准化发展纲要》 or 根据《…》: where the part before
 * the plan has such clauses, only the documents they cite are its parents — a document it
 * mentions otherwise (党中央、国务院先后印发《国家标准化发展纲要》《质量强国建设纲要》, a
 * transmittal's 现将《…》印发给你们) is no parent, so a special-topic plan that implements a
 * document the checker does not know is not measured against the one it does. Where no clause
 * says so, every citation there stands for what it implements, as before.
 */
export function basisCitations(plan: PlanDocument): CitationNode[] {
  const prelude = plan.prelude;
  const cited = prelude ? citationsWithin(plan, prelude.start, prelude.end) : [];
  // The transmittal's 现将《…》印发给你们 names the plan itself: never a basis, even where no
  // clause states one and every other citation stands for it.
  const others = cited.filter((citation) => !isOwnTitle(plan, citation.title));
  if (others.length === 0) return guidanceBasis(plan);
  const states = statingBasis(plan.text, cited, prelude!.start);
  const basis = cited.filter((citation, index) => states[index] && others.includes(citation));
  return basis.length > 0 ? basis : others;
}

/**
 * The citations a clause before the plan's first item (or in its 总体要求, as basisCitations
 * reads it) says the plan implements — never, as basisCitations may, every citation there: a
 * rule that finds fault with a plan's basis must know it is one.
 */
export function statedBasisCitations(plan: PlanDocument): CitationNode[] {
  const prelude = plan.prelude;
  const cited = prelude ? citationsWithin(plan, prelude.start, prelude.end) : [];
  if (cited.length === 0) return guidanceBasis(plan);
  const states = statingBasis(plan.text, cited, prelude!.start);
  return cited.filter((_, index) => states[index]);
}

/**
 * A plan that opens with its 总体要求 (no preamble, or one that cites nothing) states its basis
 * in its guiding thought: 一、总体要求 以习近平…为指导，深入贯彻落实《质量强国建设纲要》…. Only
 * the citations a clause there says the plan implements: that part names other documents too
 * (坚持…, 对接《…》), which are no parents.
 */
function guidanceBasis(plan: PlanDocument): CitationNode[] {
  const first = plan.items[0];
  if (!first || !isGeneralRequirements(first.heading.text)) return [];
  const cited = citationsWithin(plan, first.start, first.end);
  const states = statingBasis(plan.text, cited, first.start);
  return cited.filter((_, index) => states[index]);
}

function citationsWithin(plan: PlanDocument, start: number, end: number): CitationNode[] {
  const cited: CitationNode[] = [];
  for (const citation of plan.citations) {
    if (citation.start >= end) break;
    if (citation.start >= start) cited.push(citation);
  }
  return cited;
}

/**
 * For each citation, whether the clause it stands in says, before it, that the plan implements
 * it. The clause is read back from the citation to the last clause stop, passing over the
 * citations before it in the clause (a list of documents shares the verb), whose titles are not
 * read: 《关于贯彻落实〈…〉的实施方案》 implements nothing by its name. One pass forward, carrying
 * what the clause has said so far: a list of thousands of titles in one clause (a pasted
 * bibliography) must not be read back once per title.
 */
function statingBasis(text: string, cited: readonly CitationNode[], floor: number): boolean[] {
  const states: boolean[] = [];
  let said = false;
  // The clause's last characters, so that a verb split by a citation's title still counts as the old reading did.
  let tail = "";
  for (let index = 0; index < cited.length; index++) {
    const start = index > 0 ? Math.max(cited[index - 1]!.end, floor) : floor;
    const between = text.slice(start, cited[index]!.start);
    const stop = lastStop(between);
    // A stop starts a new clause; else the clause goes on through the title before this one.
    const words = stop >= 0 ? between.slice(stop + 1) : tail + between;
    said = (stop < 0 && said) || IMPLEMENTS.test(words);
    tail = words.slice(-(LONGEST_IMPLEMENTS_WORD - 1));
    states.push(said);
  }
  return states;
}

function lastStop(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_STOP.has(text.charCodeAt(i))) return i;
  return -1;
}

/** Whether a parent is the plan's own document: the same text, or the same title (a document is not its own parent). */
function isItself(plan: PlanDocument, parent: ParentDocument): boolean {
  if (parent.text === plan.text) return true;
  const title = plan.metadata.title;
  return title !== null && normalizeTitle(title) === normalizeTitle(parent.title);
}

/** The section or item an annotation's reference names (`七` level 1, `（七）` level 2, `7` level 3). */
export function findEntry(parent: ParentDocument, level: number, value: number): ParentEntry | null {
  const entries = level === 1 ? parent.sections : parent.items.filter((i) => i.level === level);
  return entries.find((e) => e.value === value) ?? null;
}

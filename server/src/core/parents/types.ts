import type { NumberedItem, PlanDocument, Span } from "../model/types.js";

/**
 * A parent document: a document a plan implements (the national 《质量强国建设纲要》, a
 * province's 实施意见). Every parent is "just another parsed plan": it has plan-markup `text`
 * and the `plan` parsed from it, so ranges, hover and navigation work the same as in any plan.
 * The built-in parent is rendered from its data file; a user's parent is a `.plan` file.
 */
export interface ParentDocument {
  /** `quality-power-outline-2023` for the built-in, the configuration entry (a path) for a file. */
  id: string;
  /** The exact title, without 《》. */
  title: string;
  /** Other titles it is cited under (the transmittal notice's title, …), without 《》. */
  aliases: string[];
  /** 发文字号, e.g. 中发〔2022〕17号. */
  docNumber: string | null;
  issuer: string | null;
  /** As known: an ISO date, or a description such as "2023-02-06 公开发布". */
  date: string | null;
  /** Where it came from: "builtin", or the file path the shell read. */
  source: string;
  /** What about this document is unconfirmed (Chinese, one sentence each); empty when all is known. */
  unconfirmed: string[];
  /** The document in plan markup; the ranges below are offsets into it. */
  text: string;
  plan: PlanDocument;
  /** Level-1 parts (一、形势背景 …). */
  sections: ParentEntry[];
  /** The numbered tasks a plan implements: level 2 (（一）…（三十二）) for the outline. */
  items: ParentEntry[];
  /** The quantified and directional 2025 goals, one per indicator (see ParentTarget). */
  targets2025: ParentTarget[];
  /**
   * Its goals for other years (a province's 到2027年 milestone, a 十五五 plan's 2030 goals), each
   * with its `horizon`: a plan's target is compared with the parent's goal of its own year
   * (targets/compare.ts). Only a parent written as a plan has any; the outline sets 2025's alone.
   */
  otherYearTargets: ParentTarget[];
  /**
   * Its counts of what its period adds (培育省级质量标杆企业100家, 新增国家地理标志产品20个), each marked
   * `added`: no goal a plan is asked to localise (targets/parent-not-localised), but what a plan's
   * figure for the same things is weighed against where the parent states them no other way
   * (targets/compare.ts) — a count summed over an area only at the parent's level. Only a parent
   * written as a plan has any.
   */
  addedCounts?: ParentTarget[];
}

/** A section or item of a parent, addressable from an annotation by its level and number. */
export interface ParentEntry {
  level: 1 | 2 | 3;
  /** The number (七 → 7, （七） → 7). */
  value: number;
  /** The marker as an annotation writes it: `七`, `（七）`, `7`. */
  label: string;
  title: string;
  /** Phrases for matching a plan's tasks to this entry; for the built-in, `keywordsAttested` of them are from the text. */
  keywords: string[];
  keywordsAttested: number;
  /** False where the title (or the entry's existence) is unconfirmed. */
  verified: boolean;
  /** The section an item belongs to; null for sections. */
  section: ParentEntry | null;
  /** The item in the parent's parsed plan: its whole span and its heading. */
  span: Span;
  headingSpan: Span;
  /** Body text where known (without the heading), "" where only the heading is known. */
  body: string;
  /** The numbered item this entry was read from. */
  item: NumberedItem;
}

/**
 * One 2025 goal of a parent, in a form a targets rule can compare with a plan's target. The
 * outline states some goals with a value (制造业质量竞争力指数达到86) and others only with a
 * direction (单位GDP资源能源消耗不断下降): `quantified` tells them apart.
 */
export interface ParentTarget {
  /** The goal bullet it belongs to (经济发展质量效益明显提升), or the item heading for a .plan parent. */
  bullet: string;
  indicator: string;
  quantified: boolean;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  comparator: string | null;
  /** For unquantified goals: 不断下降, 稳步提升, … */
  direction: string | null;
  higherIsBetter: boolean;
  /** 累计: a total over the years (`累计培育…100家`); absent is false. Compared only with a plan's cumulative figure. */
  cumulative?: boolean;
  /** A count of what the parent's period adds (培育…100家): compared only with a plan's count of what its period adds; absent is false. */
  added?: boolean;
  /**
   * A change from a base (`能耗下降13.5%`, `年均增长8%`, `提高2个百分点`), not a level to reach: compared
   * only with a plan's change (targets/compare.ts). Absent: read from the comparator (a data
   * file's `下降`), as a parent written as a plan sets it from the extraction's kind.
   */
  change?: boolean;
  /** A change's base year (`比2020年下降13.5%`), where the parent states it. */
  baseYear?: number | null;
  /** The words of the parent that state the goal. */
  wording: string;
  horizon: number;
  verified: boolean;
  /** Where the goal is stated in the parent's text. */
  span: Span | null;
}

/** How a plan came to have a parent. */
export type ParentVia = "frontMatter" | "citation" | "config" | "inferred";

export interface ResolvedParent {
  parent: ParentDocument;
  /**
   * `inferred`: the plan cites no title of it; its preamble says it implements the decisions the
   * parent states (贯彻落实…关于建设质量强国…的决策部署), or it cites only a document that carries the
   * parent's subject (`through`) — shown as such wherever the parent is named.
   */
  via: ParentVia;
  /** The front-matter value or citation that named it, the words it was inferred from; null for the configuration. */
  span: Span | null;
  /**
   * Null where the plan is this document's local version, or its title does not tell. Otherwise
   * the title of the document it is the local version of: a 计量 plan whose title carries the
   * subject of the 《计量发展规划》 it cites, citing the quality-power outline beside it, gives
   * 计量发展规划（2021—2035年） here for the outline — it implements the outline in part, and is
   * not expected to localise every goal or task of it (parents/subject.ts).
   */
  secondaryTo: string | null;
  /**
   * For a parent the configuration names for a whole folder, which the plan neither cites nor says
   * it carries out, while its preamble states another basis (为贯彻落实《知识产权强国建设纲要》): the
   * title of that other document. The plan implements it, not this parent, and is measured against
   * this parent by no likeness of its words (xref/coverage.ts); null otherwise.
   */
  implementsOther: string | null;
  /**
   * For a parent inferred through a cited document that carries its subject (a province's
   * 实施意见 on 质量强省建设, for the outline), that document's title; null otherwise — for an
   * inferred parent, the preamble's words on the decisions it carries out were the ground.
   */
  through: string | null;
}

/**
 * Why a parent was inferred, as the reports say it after 方案没有引用其标题，: through the cited
 * document that carries its subject, or by the preamble's words.
 */
export function inferredBecause(through: string | null): string {
  return through === null ? "按序言中贯彻落实“建设质量强国”决策部署的表述" : `按所引用的《${through}》（贯彻它的同一主题的地方文件）`;
}

/**
 * How a report names a parent: its title, and 推断 when the plan did not cite it — with the
 * cited document it was inferred through, where there is one: a county plan that cites its
 * city's plan reads "方案未引用" as a mistake unless the message says how the outline came in.
 */
export function parentLabel(parent: ParentDocument, parents: readonly ResolvedParent[]): string {
  const inferred = parents.find((entry) => entry.parent === parent && entry.via === "inferred");
  return titleLabel(parent.title, inferred !== undefined, inferred?.through ?? null);
}

/** `parentLabel` from a title, whether the parent was inferred and through which cited document (a table row carries those). */
export function titleLabel(title: string, inferred: boolean, through: string | null = null): string {
  if (!inferred) return `《${title}》`;
  return through === null ? `《${title}》（推断：方案未引用）` : `《${title}》（推断：方案未引用，经所引《${through}》贯彻）`;
}

/** A parent file the shell read (the configuration's `parents` entry that is a path). */
/**
 * Parent files a shell finds by their title (both shells: the `.plan` files under the folder
 * the plan's configuration covers, node/parentFiles.ts ParentFileFinder), for a plan that names
 * a parent in its front matter or cites one before its first item that no configured or built-in
 * document is. The core reads no files: it only asks.
 */
export interface ParentFiles {
  /** The parent file whose title is this one, read and parsed (the same object each time), or null. */
  find(title: string): LoadedParent | null;
}

export interface LoadedParent {
  /** The `parents` entry as written in the configuration. */
  entry: string;
  parent: ParentDocument;
  /**
   * The file's text as read (a `.plan`'s markup, a `.json`'s data): what the parent is made
   * from, so a cache can key on it — the parsed `parent` is a graph with cycles (items and
   * their parents), and a `.json`'s keywords are not in its rendered `text`.
   */
  sourceText: string;
}

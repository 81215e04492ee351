import { clipped } from "../text/clipped.js";
import { attachmentName } from "../model/attachments.js";
import type { NumberedItem } from "../model/types.js";
import { type NumberingBreak, renumberedValue } from "./breaks.js";
import { markerWithValue } from "./edits.js";
import type { LevelScope, NumberingRun, PlanNumbering } from "./runs.js";

/** Chinese wording of numbering facts, shared by the rules' messages and the hover. */

const LEVEL_NAMES = ["", "第1级", "第2级", "第3级", "第4级", "列表编号"];

/** A heading shortened to its first clause, as people cite items: （三）落实质量主体责任. */
export function shortHeading(item: NumberedItem): string {
  const heading = item.heading.text.split(/[，,；;：:]/)[0]!;
  return clipped(heading, 20);
}

/** Where an item sits: 二、主要任务 › （三）落实质量主体责任 › 11. */
export function itemPath(item: NumberedItem): string {
  const parts: string[] = [];
  for (let node: NumberedItem | null = item; node; node = node.parent) {
    parts.unshift(node === item ? node.marker.text : `${node.marker.text}${shortHeading(node)}`);
    // A 专栏 box's list stands under its host: … › （一）推动产业质量提升 › 专栏1 › 1.
    if (node.box !== null && node.parent === node.box.host) parts.unshift(node.box.label.text);
  }
  // Each part (第一章 …) may count its 一、 … from 一 again: the part says which 一、 it is.
  if (item.part) parts.unshift(item.part.marker);
  return parts.join(" › ");
}

/** How a level counts, for messages: 跨上级连续编号 / 在每个上级下重新编号. */
export function scopeWording(scope: LevelScope): string {
  return scope.style === "restart" ? "在每个上级下重新从头编号" : "跨上级连续编号";
}

/** Why the scope is what it is, in full, for the hover. */
export function scopeSource(scope: LevelScope): string {
  switch (scope.source) {
    case "frontMatter":
      return "依据文首“编号方式”";
    case "config":
      return `依据配置 numbering."${scope.level}"`;
    case "ruleOptions":
      return `依据规则 numbering/scope 的选项 level${scope.level}`;
    case "inferred":
      return `按本文多数写法推断：此方式与本级 ${scope.total} 项中的 ${scope.explained} 项相符`;
  }
}

/** Why the scope is what it is, briefly, for finding messages. */
function scopeReason(scope: LevelScope): string {
  switch (scope.source) {
    case "frontMatter":
      return "文首“编号方式”如此规定";
    case "config":
      return `配置 numbering."${scope.level}" 如此规定`;
    case "ruleOptions":
      return `规则选项 level${scope.level} 如此规定`;
    case "inferred":
      return "本文多数条目如此";
  }
}

/** The run an item belongs to: 第3级连续编号 1.–21.，跨（一）至（五）. */
export function describeRun(numbering: PlanNumbering, run: NumberingRun): string {
  const scope = numbering.scopes.get(run.level)!;
  const first = run.items[0]!.marker.text;
  const last = run.items[run.items.length - 1]!.marker.text;
  const span = run.items.length === 1 ? first : `${first}–${last}`;
  const level = LEVEL_NAMES[run.level]!;
  const box = run.items[0]!.box;
  // A box's own list counts apart from the tasks around it (model/boxes.ts).
  if (box !== null && run.items[0]!.parent === box.host) {
    return `“${box.label.text}${box.title ? ` ${box.title.text}` : ""}”中的列表自成一组编号：${span}，共 ${run.items.length} 项，不计入正文的任务编号`;
  }
  if (run.level === 1) return `${level}编号 ${span}，共 ${run.items.length} 项${run.attachment ? `（${attachmentName(run.attachment)}）` : ""}`;
  if (scope.style === "restart") {
    const parent = run.items[0]!.parent;
    const under = parent ? `，属“${parent.marker.text}${shortHeading(parent)}”` : "";
    return `${level}在每个上级下重新编号：本组 ${span}，共 ${run.items.length} 项${under}`;
  }
  const parents = distinctParents(run);
  const across = parents.length > 1 ? `，跨${parents[0]!.marker.text}至${parents[parents.length - 1]!.marker.text}` : "";
  const within = run.bound ? `（在“${run.bound.marker.text}${shortHeading(run.bound)}”内）` : run.attachment ? `（在“${attachmentName(run.attachment)}”内连续）` : "（全文连续）";
  return `${level}连续编号 ${span}${across}${within}`;
}

function distinctParents(run: NumberingRun): NumberedItem[] {
  const parents: NumberedItem[] = [];
  for (const item of run.items) if (item.parent && parents[parents.length - 1] !== item.parent) parents.push(item.parent);
  return parents;
}

/** The finding message of a break, in Chinese. */
export function breakMessage(numbering: PlanNumbering, brk: NumberingBreak): string {
  const marker = brk.item.marker;
  const at = `“${marker.text}”`;
  const previous = brk.previous?.marker;
  // What renumbering the run would make of the item: its position in the run.
  const renumbered = `“${markerWithValue(marker, renumberedValue(brk.run, brk.index))}”`;
  switch (brk.kind) {
    case "gap": {
      const from = markerWithValue(marker, previous!.value! + 1);
      const to = markerWithValue(marker, marker.value! - 1);
      const missing = from === to ? `“${from}”` : `“${from}”至“${to}”`;
      return `编号不连续：${at}前一项为“${previous!.text}”，缺少${missing}`;
    }
    case "duplicate":
      return `编号重复：${at}与前一项相同，应为${renumbered}`;
    case "order":
      return `编号顺序颠倒：${at}排在“${previous!.text}”之后，应为${renumbered}`;
    case "start":
      return `编号未从“${markerWithValue(marker, 1)}”开始：本组第一项为${at}`;
    case "swapped": {
      const next = brk.run.items[brk.index + 1]!;
      const second = `“${markerWithValue(next.marker, renumberedValue(brk.run, brk.index + 1))}”`;
      return `编号顺序颠倒：${at}与其后的“${next.marker.text}”前后颠倒，应依次为${renumbered}${second}`;
    }
    case "restarted": {
      const scope = numbering.scopes.get(brk.run.level)!;
      return `本文${LEVEL_NAMES[brk.run.level]}${scopeWording(scope)}（${scopeReason(scope)}），${at}却在新的上级下从头编号，应为${renumbered}`;
    }
    case "continued": {
      const scope = numbering.scopes.get(brk.run.level)!;
      return `本文${LEVEL_NAMES[brk.run.level]}${scopeWording(scope)}（${scopeReason(scope)}），${at}却接续上一组的“${previous!.text}”，应为${renumbered}`;
    }
  }
}

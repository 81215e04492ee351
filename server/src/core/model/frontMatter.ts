import type { FrontMatterNode } from "../syntax/cst.js";
import type { FrontMatter, FrontMatterEntry, FrontMatterKey } from "./types.js";

/** Canonical Chinese keys and their English aliases (plan-markup.md §1). */
const KEY_ALIASES: Record<string, FrontMatterKey> = {
  标题: "标题",
  title: "标题",
  发文机关: "发文机关",
  issuer: "发文机关",
  文号: "文号",
  docno: "文号",
  成文日期: "成文日期",
  date: "成文日期",
  层级: "层级",
  level: "层级",
  上位文件: "上位文件",
  parents: "上位文件",
  编号方式: "编号方式",
  numbering: "编号方式",
  状态: "状态",
  status: "状态",
  抄送: "抄送",
  cc: "抄送",
  印发机关: "印发机关",
  printer: "印发机关",
  印发日期: "印发日期",
  printed: "印发日期",
};

export const FRONT_MATTER_KEYS: readonly FrontMatterKey[] = ["标题", "发文机关", "文号", "成文日期", "层级", "上位文件", "编号方式", "状态", "抄送", "印发机关", "印发日期"];

export function toFrontMatter(node: FrontMatterNode): FrontMatter {
  const entries: FrontMatterEntry[] = [];
  for (const entry of node.entries) {
    // A line with neither key nor value is a blank line inside the block.
    if (entry.key === "" && entry.value === "") continue;
    entries.push({
      key: entry.key,
      canonicalKey: KEY_ALIASES[entry.key] ?? KEY_ALIASES[entry.key.toLowerCase()] ?? null,
      value: entry.value,
      keySpan: { start: entry.keyStart, end: entry.keyStart + entry.key.length },
      valueSpan: { start: entry.valueStart, end: entry.valueStart + entry.value.length },
    });
  }
  return { start: node.start, end: node.end, entries };
}

export function frontMatterValue(frontMatter: FrontMatter | null, key: FrontMatterKey): string | null {
  const entry = frontMatter?.entries.find((e) => e.canonicalKey === key);
  return entry && entry.value !== "" ? entry.value : null;
}

import { resolve } from "node:path";
import { findParent, knownParents, type ParentDocument } from "../../core/parents/index.js";
import { PositionMapper } from "../../core/text/positions.js";
import type { CliConfigs } from "../configs.js";
import { type CliCommand, EXIT_OK, UsageError } from "../command.js";
import { jsonText } from "../format/printable.js";

/**
 * `plancheck parent [--format text|json] 名称` — a parent document as plan markup (the text the
 * editor's read-only virtual document shows), or its sections and items as JSON. The name is a
 * built-in id or title, or a `parents` entry of the .plancheck.json that applies here.
 */
export const command: CliCommand = {
  help: `用法：plancheck parent [选项] 名称

  --format text|json         输出格式（默认 text：方案标记文本）`,
  run({ args, configs, format, emit }) {
    return parentCommand(args, format(["text", "json"] as const, "text"), configs, emit);
  },
};

function parentCommand(args: string[], format: "text" | "json", configs: CliConfigs, emit: (text: string) => void): number {
  const known = knownParents(configs.for(resolve("上位文件.plan")).parents);
  if (args.length !== 1) throw new UsageError(`parent 需要且只需要一个上位文件名称，可用：${known.map((p) => `${p.title}（${p.id}）`).join("、")}`);
  const parent = findParent(args[0]!, known);
  if (!parent) throw new UsageError(`未知的上位文件“${args[0]}”，可用：${known.map((p) => `${p.title}（${p.id}）`).join("、")}`);
  emit(format === "json" ? jsonText(parentJson(parent)) + "\n" : parent.text);
  return EXIT_OK;
}

function parentJson(parent: ParentDocument) {
  const mapper = new PositionMapper(parent.text);
  const entry = (e: ParentDocument["items"][number]) => ({
    number: e.label,
    title: e.title,
    verified: e.verified,
    keywords: e.keywords,
    section: e.section?.label ?? null,
    range: mapper.rangeOf(e.span),
  });
  return {
    version: 1,
    id: parent.id,
    title: parent.title,
    docNumber: parent.docNumber,
    issuer: parent.issuer,
    date: parent.date,
    unconfirmed: parent.unconfirmed,
    sections: parent.sections.map(entry),
    items: parent.items.map(entry),
    targets2025: parent.targets2025.map(({ span, ...target }) => ({ ...target, range: span ? mapper.rangeOf(span) : null })),
  };
}

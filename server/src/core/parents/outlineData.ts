import type { z } from "zod";
import { lazySchema } from "../config/lazyZod.js";
import { parseJsoncWith, type ConfigProblem } from "../config/load.js";
import { buildPlan } from "../model/buildPlan.js";
import { fromChineseNumeral, toChineseNumeral } from "../model/numerals.js";
import type { NumberedItem } from "../model/types.js";
import type { ParentDocument, ParentEntry, ParentTarget } from "./types.js";

/**
 * The outline data format: the researched facts about a parent document (national-outline.json
 * in ../shared/data) with its found text folded in as `textLines` (scripts/import-outline.mjs).
 * The built-in national outline is one such file; a user may name their own in `parents`.
 * Unknown fields are kept out of the way (passthrough), so the research notes can grow.
 * Built on first use (config/lazyZod.ts), like every schema: loading zod is start-up time.
 */
export const outlineDataSchema = lazySchema((z) => {
  const entryFacts = {
    title: z.string().min(1),
    verified: z.boolean().default(false),
    line: z.number().int().min(0).nullable().default(null),
    endLine: z.number().int().min(0).nullable().default(null),
  };

  const indicatorSchema = z.looseObject({
    name: z.string().min(1),
    value: z.number().nullable().default(null),
    unit: z.string().nullable().default(null),
    qualifier: z.string().nullable().default(null),
    quantified: z.boolean().default(false),
    comparator: z.string().nullable().default(null),
    direction: z.string().nullable().optional(),
    higherIsBetter: z.boolean().default(true),
    wording: z.string().default(""),
    // What a parent written as a plan reads from its text (parents/fromPlan.ts), stated in data:
    // a change from a base (下降13.5%) and its base year, and a total over the years (累计).
    change: z.boolean().optional(),
    baseYear: z.number().int().min(1900).max(2200).nullable().optional(),
    cumulative: z.boolean().optional(),
  });

  return z.looseObject({
    id: z.string().min(1),
    document: z.looseObject({
      title: z.string().min(1),
      issuer: z.string().nullable().optional(),
      transmittal_title: z.string().nullable().optional(),
      document_number: z.string().nullable().optional(),
      publicly_released: z.string().nullable().optional(),
      date: z.string().nullable().optional(),
    }),
    aliases: z.array(z.string()).optional(),
    sections: z.array(z.looseObject({ number: z.string().min(1), ...entryFacts })),
    items: z.array(
      z.looseObject({
        number: z.number().int().min(1),
        section: z.string().min(1),
        ...entryFacts,
        keywords: z.array(z.string()).default([]),
        keywordsAttested: z.number().int().min(0).default(0),
      }),
    ),
    targets2025: z
      .array(z.looseObject({ bullet: z.string(), verified: z.boolean().default(false), line: z.number().int().min(0).nullable().default(null), indicators: z.array(indicatorSchema).default([]) }))
      .default([]),
    textLines: z.array(z.string()).default([]),
  });
});

export type OutlineData = z.infer<ReturnType<typeof outlineDataSchema>>;

/** Reads an outline data file's text (JSON, comments allowed); problems are located in it. */
export function parseOutlineData(text: string, source: string): { ok: true; parent: ParentDocument } | { ok: false; problems: ConfigProblem[] } {
  const result = parseJsoncWith(outlineDataSchema(), text, {});
  return result.ok ? { ok: true, parent: parentFromOutlineData(result.value, source) } : result;
}

/**
 * Renders the data as plan markup and parses it: the found text where there is some, a heading
 * line `（二十二）优化质量基础设施管理。……` where only the title is known, and a comment before
 * everything unconfirmed, so a reader of the virtual document sees what to trust.
 */
export function parentFromOutlineData(data: OutlineData, source: string): ParentDocument {
  const text = renderOutlineData(data);
  const plan = buildPlan(text);
  const levelItems = (level: number) => new Map(plan.allItems.filter((i) => i.level === level && i.marker.value !== null).map((i) => [i.marker.value!, i] as const));
  const sectionItems = levelItems(1);
  const itemItems = levelItems(2);

  const sections: ParentEntry[] = [];
  const sectionByNumber = new Map<string, ParentEntry>();
  for (const fact of data.sections) {
    const value = fromChineseNumeral(fact.number);
    const item = value === null ? undefined : sectionItems.get(value);
    if (!item || value === null) continue;
    const entry = entryOf(text, item, 1, value, fact.number, fact.title, [], 0, fact.verified, null);
    sections.push(entry);
    sectionByNumber.set(fact.number, entry);
  }
  const items: ParentEntry[] = [];
  for (const fact of data.items) {
    const item = itemItems.get(fact.number);
    if (!item) continue;
    const section = sectionByNumber.get(fact.section) ?? null;
    items.push(entryOf(text, item, 2, fact.number, `（${toChineseNumeral(fact.number)}）`, fact.title, fact.keywords, fact.keywordsAttested, fact.verified, section));
  }

  const doc = data.document;
  const aliases = [...(data.aliases ?? []), ...(doc.transmittal_title ? [doc.transmittal_title] : [])].filter((a) => a !== doc.title);
  const unconfirmed: string[] = [];
  const unverifiedSections = data.sections.filter((s) => !s.verified).map((s) => `${s.number}、${s.title}`);
  const unverifiedItems = data.items.filter((i) => !i.verified).map((i) => `（${toChineseNumeral(i.number)}）`);
  if (unverifiedSections.length > 0) unconfirmed.push(`以下部分的标题（及其是否存在）未经核实：${unverifiedSections.join("、")}`);
  if (unverifiedItems.length > 0) unconfirmed.push(`以下条目的标题未经核实：${unverifiedItems.join("")}`);
  const withoutText = data.items.filter((i) => i.line === null).length;
  if (withoutText > 0 || data.textLines.length === 0) unconfirmed.push("内置文本不完整：“……”处为未能找到的原文，可用完整原文替换（见 docs/parents.md）");

  return {
    id: data.id,
    title: doc.title,
    aliases,
    docNumber: doc.document_number ?? null,
    issuer: doc.issuer ?? null,
    date: doc.date ?? doc.publicly_released?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null,
    source,
    unconfirmed,
    text,
    plan,
    sections,
    items,
    targets2025: targetsOf(data, text),
    otherYearTargets: [],
  };
}

function entryOf(
  text: string,
  item: NumberedItem,
  level: 1 | 2,
  value: number,
  label: string,
  title: string,
  keywords: string[],
  keywordsAttested: number,
  verified: boolean,
  section: ParentEntry | null,
): ParentEntry {
  return {
    level,
    value,
    label,
    title,
    keywords,
    keywordsAttested,
    verified,
    section,
    span: { start: item.start, end: item.end },
    headingSpan: { start: item.heading.start, end: item.heading.end },
    body: bodyOf(text, item),
    item,
  };
}

/** The item's own text after its heading, with the "text not found" marks left out. */
export function bodyOf(text: string, item: NumberedItem): string {
  const parts = [text.slice(item.line.bodyStart, item.line.contentEnd), ...item.bodyLines.map((line) => text.slice(line.indentEnd, line.contentEnd))];
  return parts.join("\n").replace(/……/g, "").trim();
}

function renderOutlineData(data: OutlineData): string {
  const doc = data.document;
  const out: string[] = ["---", `标题: ${doc.title}`];
  if (doc.issuer) out.push(`发文机关: ${doc.issuer}`);
  if (doc.document_number) out.push(`文号: ${doc.document_number}`);
  out.push("层级: 国家", "状态: 正式", "---");
  out.push("// 只读：由内置数据生成。“……”为未能找到的原文；标注“未核实”的标题未经公开文本核实。");
  if (doc.publicly_released) out.push(`// 公开发布：${doc.publicly_released}`);
  const lines = data.textLines;
  const firstSectionLine = data.sections.find((s) => s.line !== null)?.line ?? null;
  if (lines.length > 0 && firstSectionLine !== null) out.push(...lines.slice(0, firstSectionLine));
  else out.push(doc.title);

  for (const section of data.sections) {
    const sectionLines = section.line !== null && section.endLine !== null && lines.length > section.endLine ? lines.slice(section.line, section.endLine + 1) : null;
    if (sectionLines) out.push(...sectionLines);
    else {
      if (!section.verified) out.push("// 未核实：本部分的标题及其是否存在均未经核实");
      out.push(`${section.number}、${section.title}`);
    }
    // Items whose text was not found get their heading line after the section's text.
    for (const item of data.items) {
      if (item.section !== section.number) continue;
      if (sectionLines && item.line !== null && item.line >= section.line! && item.line <= section.endLine!) continue;
      if (!item.verified) out.push("// 未核实：本条标题未经核实");
      out.push(`（${toChineseNumeral(item.number)}）${item.title}。……`);
    }
  }
  return out.join("\n") + "\n";
}

function targetsOf(data: OutlineData, text: string): ParentTarget[] {
  const targets: ParentTarget[] = [];
  for (const bullet of data.targets2025) {
    const bulletLine = bullet.line !== null ? data.textLines[bullet.line] : undefined;
    const lineStart = bulletLine ? text.indexOf(bulletLine) : -1;
    for (const indicator of bullet.indicators) {
      const at = lineStart >= 0 && indicator.wording ? text.indexOf(indicator.wording, lineStart) : -1;
      targets.push({
        bullet: bullet.bullet,
        indicator: indicator.name,
        quantified: indicator.quantified,
        value: indicator.value,
        unit: indicator.unit,
        qualifier: indicator.qualifier,
        comparator: indicator.comparator,
        direction: indicator.direction ?? null,
        higherIsBetter: indicator.higherIsBetter,
        ...(indicator.change !== undefined ? { change: indicator.change } : {}),
        ...(indicator.baseYear !== undefined ? { baseYear: indicator.baseYear } : {}),
        ...(indicator.cumulative !== undefined ? { cumulative: indicator.cumulative } : {}),
        wording: indicator.wording,
        horizon: 2025,
        verified: bullet.verified,
        span: at >= 0 ? { start: at, end: at + indicator.wording.length } : null,
      });
    }
  }
  return targets;
}


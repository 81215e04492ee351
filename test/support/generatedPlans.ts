import { toChineseNumeral } from "../../server/src/core/model/numerals";
import { readSeed, SEED_NAMES } from "./seeds";

/** The five seeds one after the other, repeated (each copy marked) to at least `bytes` of UTF-8. */
export function seedsOf(bytes: number): string {
  const one = SEED_NAMES.map((name) => readSeed(name)).join("\n");
  const copies = Math.ceil(bytes / Buffer.byteLength(one));
  // Each copy opens with a line of its own: a large plan, not one pasted over and over (which
  // structure/repeated-paste sets aside after its first copy, leaving little to measure).
  return Array.from({ length: copies }, (_, copy) => `（副本${copy + 1}）\n${one}`).join("\n");
}

/** A well-formed plan of `chapters × sections × tasks` items, one per line, each task its own (no task repeats another: structure/duplicate-task). */
export function generatedPlan(chapters: number, sections: number, tasks: number): string {
  const lines = ["某市质量提升行动实施方案"];
  for (let c = 1; c <= chapters; c++) {
    lines.push(`${toChineseNumeral(c)}、第${c}部分`);
    for (let s = 1; s <= sections; s++) {
      lines.push(`（${toChineseNumeral(s)}）第${s}方面`);
      for (let t = 1; t <= tasks; t++) lines.push(`${t}.开展第${c}-${s}-${t}项质量提升工作。〔责任单位：市市场监管局、市工信局〕`);
    }
  }
  return `${lines.join("\n")}\n`;
}

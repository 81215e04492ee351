import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * structure/duplicate-task: the QA plan (test/fixtures/duplicates/planted.plan) repeats task 1.
 * as task 5. with other units; the seeds repeat no task.
 */
const RULE = "structure/duplicate-task";
const found = (text: string) => analyze(text).findings.filter((f) => f.rule === RULE);
const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

describe(RULE, () => {
  it("reports the planted copy of a task at the copy, naming the task it repeats", () => {
    const text = readFileSync(join(__dirname, "..", "fixtures", "duplicates", "planted.plan"), "utf8");
    const findings = found(text);
    expect(findings.map((f) => [lineOf(text, f.start), f.message, f.fix])).toEqual([
      [19, "任务“5.强化产业基础质量支撑”与前文的任务“1.强化产业基础质量支撑”（二、（一）1.）标题和内容完全相同，疑为重复粘贴，应删除或改写其中一项", undefined],
    ]);
  });

  it("finds nothing on the five seeds", () => {
    for (const seed of SEED_NAMES) expect(found(readSeed(seed)), seed).toEqual([]);
  });

  it("names the earlier task with the same words, past others of the same heading", () => {
    const text = "一、主要任务\n1.加强品牌建设。培育知名品牌。\n2.加强品牌建设。打造区域品牌。\n3.加强品牌建设。培育知名品牌。\n4.加强品牌建设。打造区域品牌！\n";
    expect(found(text).map((f) => f.message)).toEqual([
      "任务“3.加强品牌建设”与前文的任务“1.加强品牌建设”（一、1.）标题和内容完全相同，疑为重复粘贴，应删除或改写其中一项",
      "任务“4.加强品牌建设”与前文的任务“2.加强品牌建设”（一、2.）标题和内容相同（仅空格或标点不同），疑为重复粘贴，应删除或改写其中一项",
    ]);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A WeChat article's images and videos, left by the copy as 图片 / 视频 / 图片：caption on lines of
 * their own between the plan's tasks (test/fixtures/pasted/variant-wechat-media.plan): furniture
 * as the lines before the plan are, never a task's body nor printed by the export, reported by
 * structure/trailing-text; a sentence that opens with 图片 stays the task's.
 */
const text = readFileSync(join(__dirname, "../fixtures/pasted/variant-wechat-media.plan"), "utf8");

const bodyOf = (source: string, title: string): string[] => {
  const { plan } = analyze(source);
  const item = plan.allItems.find((candidate) => source.slice(candidate.line.headingStart, candidate.line.contentEnd).includes(title))!;
  return item.bodyLines.map((line) => source.slice(line.indentEnd, line.contentEnd));
};

describe("an article's images between the tasks", () => {
  it("are no task's body", () => {
    expect(bodyOf(text, "实施质量提升行动")).toEqual([]);
    expect(bodyOf(text, "提升产业质量")).toEqual([]);
  });

  it("keep a sentence that opens with 图片 as the task's text", () => {
    expect(bodyOf(text, "强化计量标准支撑")).toEqual(["图片显示，全县已建成计量检测站点12个。"]);
  });

  it("are reported once a run by structure/trailing-text, and no finding says text is lost", () => {
    const findings = analyze(text).findings;
    const media = findings.filter((finding) => finding.rule === "structure/trailing-text" && finding.message.includes("图片或视频"));
    expect(media.map((finding) => text.slice(finding.start, finding.end))).toEqual(["图片\n图片：竹木加工企业质量攻关现场", "视频"]);
    expect(findings.filter((finding) => /丢失|缺失|遗漏/.test(finding.message))).toEqual([]);
  });

  it("are not printed by the export", () => {
    const printed = JSON.stringify(layoutPlan(analyze(text).plan).blocks);
    expect(printed).not.toContain("竹木加工企业质量攻关现场");
    expect(printed).not.toMatch(/"视频"/);
    expect(printed).toContain("图片显示，全县已建成计量检测站点12个。");
  });

  it("are deleted by the fix, the tasks and the sentence kept", () => {
    const fixed = fixAll(text).text;
    expect(fixed).not.toContain("图片：竹木加工");
    expect(fixed).not.toMatch(/^视频$/m);
    expect(fixed).toContain("图片显示，全县已建成计量检测站点12个。");
    expect(fixed).toContain("2.加强品牌建设。");
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

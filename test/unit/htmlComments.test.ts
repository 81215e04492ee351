import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A web page's comments pasted with a plan (`<!--StartFragment-->`, a content system's
 * `<!-- 正文开始 -->`) are its markup (text/htmlMarkup.ts): text/html-markup reports them, its fix
 * says it deletes comments and deletes exactly them, and no punctuation rule reads their words.
 */
const plan = (line: string) => ["一、主要任务", line, ""].join("\n");

describe("a web page's comments", () => {
  it("are reported once a line, with a fix that names and deletes the comments alone", () => {
    const text = plan("1.开展质量攻关。<!-- 说明:正文开始,勿删! -->组织攻关，突破<!--x-->一批关键技术。<!--EndFragment-->");
    const findings = analyze(text).findings;
    expect(findings.map((finding) => finding.rule)).toEqual(["text/html-markup"]);
    expect(findings[0]!.fix?.description).toBe("删除网页注释，字符实体改为所代表的字符");
    expect(fixAll(text).text).toBe(plan("1.开展质量攻关。组织攻关，突破一批关键技术。"));
  });

  it("are named beside the tags a line also has", () => {
    const findings = analyze(plan("1.开展质量攻关。组织攻关<!--StartFragment-->，突破一批关键技术。<br>")).findings;
    expect(findings.map((finding) => finding.fix?.description)).toEqual(["删除网页标签和注释，字符实体改为所代表的字符"]);
  });

  it("split an entity that stays the entity: no fix lands inside it, the fix writes its character", () => {
    const text = plan("1.开展质量宣传。开展&ld<!--x-->quo;质量月&#x201<!---->D;,推进&<!--StartFragment-->mdash;活动。");
    const findings = analyze(text).findings;
    expect(findings.map((finding) => finding.rule)).toEqual(["text/html-markup", "punct/half-width"]);
    // The half-width comma after the entity is the plan's; the entity's `;` is not.
    expect(findings[1]!.fix?.edits.map((edit) => text.slice(edit.start, edit.end))).toEqual([","]);
    expect(fixAll(text).text).toBe(plan("1.开展质量宣传。开展“质量月”，推进—活动。"));
  });

  it("inside what only looked like an entity are deleted alone: the rest is the plan's text", () => {
    const text = plan("1.开展质量宣传。开展A&B<!--x-->C;活动。");
    // Its `;` is a half-width mark of the plan once the comment is gone.
    expect(fixAll(text).text).toBe(plan("1.开展质量宣传。开展A&BC；活动。"));
  });

  it("inside a clause are no part of it: the clause's colon is the one after the comment", () => {
    const text = ["一、主要任务", "1.开展质量攻关。组织攻关。〔责任单位：市科技局〕", "2.开展品牌建设。培育品牌。〔责任单位<!--注:待定-->:市市场监管局〕", ""].join("\n");
    const findings = analyze(text).findings;
    expect(findings.map((finding) => finding.rule).sort()).toEqual(["text/html-markup", "units/clause-style"]);
    const style = findings.find((finding) => finding.rule === "units/clause-style")!;
    expect(style.fix?.edits.map((edit) => [edit.start, text.slice(edit.start, edit.end), edit.newText])).toEqual([[text.indexOf("-->:") + 3, ":", "："]]);
  });

  it("need their close on the line: an opening alone is the plan's text", () => {
    expect(analyze(plan("1.开展质量攻关。组织攻关<!--突破一批关键技术。")).findings.filter((finding) => finding.rule === "text/html-markup")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze.js";
import { isGenreOnly, shortTitleDeclarations } from "../../server/src/core/xref/shortTitles.js";

describe("short titles", () => {
  it("are genre words alone", () => {
    for (const short of ["纲要", "意见", "实施意见", "实施方案", "通知", "条例", "三年行动计划"]) expect(isGenreOnly(short), short).toBe(true);
    for (const title of ["质量强国建设纲要", "产品质量法", "示例市质量促进条例"]) expect(isGenreOnly(title), title).toBe(false);
  });

  it("are declared after the citation they abbreviate, in any quotation marks", () => {
    const text = "落实《质量强国建设纲要》（中发〔2022〕17号，以下简称《纲要》）和《示例省实施意见》（简称“意见”）。";
    const { plan } = analyze(text);
    expect(shortTitleDeclarations(plan).map((d) => [d.short, d.full?.title ?? null])).toEqual([
      ["纲要", "质量强国建设纲要"],
      ["意见", "示例省实施意见"],
    ]);
  });

  it("used once declared are not reported; the suggestion inserts the declaration and is then satisfied", () => {
    const declared = "示例方案\n落实《质量强国建设纲要》（以下简称《纲要》）。\n一、总体要求\n1.按照《纲要》要求推进。\n";
    expect(analyze(declared).findings.filter((f) => f.rule === "xref/short-title")).toEqual([]);
    const bare = declared.replace("（以下简称《纲要》）", "");
    const [finding, ...rest] = analyze(bare).findings.filter((f) => f.rule === "xref/short-title");
    expect(rest).toEqual([]);
    const edit = finding!.suggestions![0]!.edits[0]!;
    const fixed = bare.slice(0, edit.start) + edit.newText + bare.slice(edit.end);
    expect(fixed).toBe(declared);
  });
});

import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * 《纲要》 written before the sentence that declares it (…《质量强国建设纲要》（以下简称《纲要》）):
 * the document is known, so the drafter is told that the declaration comes too late and offered
 * the full title, not asked to declare a short title the plan already declares.
 */
it("says a short title is used before its declaration and offers the full title there", () => {
  const text = "示例市深化质量强市建设实施方案\n为全面贯彻落实《纲要》精神，落实党中央、国务院《质量强国建设纲要》（以下简称《纲要》），制定本方案。\n一、重点任务\n1.对标落实。按照《纲要》要求，完善质量政策。\n";
  const findings = analyze(text).findings.filter((f) => f.rule === "xref/short-title");
  expect(findings.map((f) => f.message)).toEqual([
    "简称《纲要》用在注明之前：后文《质量强国建设纲要》之后才注明“以下简称《纲要》”，此处应写全称，或把注明移到首次引用全称处",
  ]);
  const edit = findings[0]!.suggestions![0]!.edits[0]!;
  const fixed = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  expect(fixed).toContain("为全面贯彻落实《质量强国建设纲要》精神");
  expect(analyze(fixed).findings.filter((f) => f.rule === "xref/short-title")).toEqual([]);
});

it("still asks for a declaration where no later one names the document", () => {
  const text = "示例市深化质量强市建设实施方案\n为全面贯彻落实《纲要》精神，制定本方案。\n一、重点任务\n1.对标落实。完善质量政策。\n";
  expect(analyze(text).findings.filter((f) => f.rule === "xref/short-title").map((f) => f.message)).toEqual([
    "简称《纲要》之前没有注明所指文件：应写全称，或在首次引用全称时注明“（以下简称《纲要》）”",
  ]);
});

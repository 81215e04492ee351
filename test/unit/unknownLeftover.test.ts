import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits } from "../../server/src/core/fixes/applyFixes";

it("units/unknown suggests deleting a leftover whose registry name the clause already lists", () => {
  const text = "一、任务\n1.甲。开展工作。〔责任单位：市人社局、市卫健委、人社局〕\n";
  const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
  expect(finding?.message).toContain("本处已列出“市人社局”");
  expect(finding?.suggestions?.map((s) => s.description)).toEqual(["删除“人社局”"]);
  const fixed = applyEdits(text, finding!.suggestions![0]!.edits).text;
  expect(fixed).toBe("一、任务\n1.甲。开展工作。〔责任单位：市人社局、市卫健委〕\n");
  expect(analyze(fixed).findings.filter((f) => f.rule.startsWith("units/"))).toEqual([]);
});

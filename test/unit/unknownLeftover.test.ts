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

it("units/unknown calls no name a listed unit's leftover that is neither its fragment nor its near miss", () => {
  // 市场发展委 (义乌's) is suggested 市市场监管局 only because the plan uses it: nothing to delete.
  const text = "一、任务\n1.甲。开展工作。〔责任单位：市市场监管局、市场发展委〕\n";
  const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
  expect(finding?.message).toBe("“市场发展委”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）");
  expect(finding?.suggestions ?? []).toEqual([]);
});

it("units/unknown offers to delete a listed unit's near miss only where a key struck wrong makes it", () => {
  const unknown = (text: string) =>
    analyze(text)
      .findings.filter((f) => f.rule === "units/unknown")
      .map((f) => [text.slice(f.start, f.end), f.message, f.suggestions?.map((s) => s.description) ?? []]);
  // One character of the same sound, or one typed twice: debris of the listed unit.
  expect(unknown("一、任务\n1.甲。开展工作。〔责任单位：市住建局、市财政局、市住建建局〕\n")).toEqual([
    ["市住建建局", "“市住建建局”不在责任单位名录中，本处已列出“市住建局”，疑为重复的残留", ["删除“市住建建局”"]],
  ]);
  expect(unknown("一、任务\n1.甲。开展工作。〔责任单位：市市场监管局、市财政局、市市场监局〕\n")).toEqual([
    ["市市场监局", "“市市场监局”不在责任单位名录中，本处已列出“市市场监管局”，疑为重复的残留", ["删除“市市场监局”"]],
  ]);
  // Another word, or the listed name's characters taken here and there: a body of its own the
  // registry lacks (a museum, a station, a bureau of trade, the social insurance bureau) is never deleted.
  for (const [listed, near] of [["市科技局", "市科技馆"], ["市商务局", "市商贸局"], ["市财政局", "市财政所"], ["市税务局", "市税务所"]]) {
    expect(unknown(`一、任务\n1.甲。开展工作。〔责任单位：${listed}、${near}〕\n`)).toEqual([
      [near, `“${near}”不在责任单位名录中（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）`, []],
    ]);
  }
  const [socialInsurance] = unknown("一、任务\n1.甲。开展工作。〔责任单位：市人力资源社会保障局、市社保局〕\n");
  expect(socialInsurance![1]).not.toContain("残留");
  expect(socialInsurance![2]).not.toContain("删除“市社保局”");
});

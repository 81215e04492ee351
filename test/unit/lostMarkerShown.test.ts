import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { pathOf } from "../../server/src/core/units/matrix";

/**
 * A task whose whole marker was lost on paste (model/lostMarkers.ts) holds an empty marker in
 * the document; the outline and a task's path show the marker numbering/missing-numeral's fix
 * writes (its siblings' form), never "".
 */
const text = [
  "一、主要任务",
  "（一）提升产业质量竞争力",
  "1、做强蜜桔主导产业。推进标准化生产基地建设。（责任单位：县农业农村局）",
  "做优食品加工产业。推动企业建立危害分析与关键控制点体系。（责任单位：县工信局）",
  "3、发展现代服务业。完善县乡村三级物流体系。（责任单位：县商务局）",
  "（二）提升服务质量",
  "1.提升生活服务质量。主要措施：",
  "（1）优化家政服务。培育家政服务品牌。（责任单位：县商务局）",
  "发展养老服务。完善居家养老服务网络。（责任单位：县民政局）",
  "（3）提升旅游服务。推进景区标准化建设。（责任单位：县文广新旅局）",
  "",
].join("\n");

const markers = (entries: readonly OutlineEntry[]): string[] => entries.flatMap((entry) => [entry.marker, ...markers(entry.children)]);

describe("a task whose whole marker was lost", () => {
  const { plan, findings } = analyze(text);
  const restored = findings.filter((finding) => finding.rule === "numbering/missing-numeral").map((finding) => finding.fix?.edits.map((edit) => edit.newText).join(""));

  it("is shown in the outline with the marker its fix writes", () => {
    expect(markers(outlineEntries(plan, new PositionMapper(text)))).toEqual(["一、", "（一）", "1、", "2、", "3、", "（二）", "1.", "（1）", "（2）", "（3）"]);
    expect(restored).toEqual(["2、", "（2）"]);
  });

  it("is shown in a task's path with that marker", () => {
    const lost = plan.allItems.filter((item) => item.marker.text === "");
    expect(lost.map((item) => pathOf(plan, item))).toEqual([
      ["一、", "（一）", "2、"],
      ["一、", "（二）", "1.", "（2）"],
    ]);
  });
});

describe("a group of tasks whose markers were all lost", () => {
  const groupText = [
    "一、主要任务",
    "（一）提升产品质量",
    "加强质量攻关。围绕重点产业开展质量攻关。〔责任单位：市工信局、市科技局〕",
    "推动标准提升。制修订地方标准20项。〔责任单位：市市场监管局〕",
    "（二）提升工程质量",
    "1.落实主体责任。严格落实工程质量终身责任制。〔责任单位：市住房城乡建设局〕",
    "2.加强监督检查。开展工程质量专项检查。〔责任单位：市住房城乡建设局〕",
    "3.强化质量监管。开展质量抽查。〔责任单位：市住房城乡建设局〕",
    "",
  ].join("\n");
  const { plan, findings } = analyze(groupText);

  it("is read as tasks of their own, each with its clause, not as the heading's body", () => {
    const group = plan.allItems.find((item) => item.heading.text === "提升产品质量")!;
    expect(group.clauses).toEqual([]);
    expect(group.children.map((task) => [task.heading.text, task.clauses.flatMap((clause) => clause.units.map((unit) => unit.text))])).toEqual([
      ["加强质量攻关", ["市工信局", "市科技局"]],
      ["推动标准提升", ["市市场监管局"]],
    ]);
    expect(group.children.map((task) => pathOf(plan, task))).toEqual([
      ["一、", "（一）", "1."],
      ["一、", "（一）", "2."],
    ]);
  });

  it("is reported as a group that lost its numbering, with the markers in order", () => {
    const lost = findings.filter((finding) => finding.rule === "numbering/missing-numeral");
    expect(lost.map((finding) => finding.fix?.edits.map((edit) => edit.newText).join(""))).toEqual(["1.", "2."]);
    expect(lost[0]!.message).toContain("其他各组任务都有编号");
  });
});

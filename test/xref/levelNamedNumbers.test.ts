import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText } from "../../server/src/core/parents/fromPlan";
import { coverageOf } from "../../server/src/core/xref/coverage";

/**
 * A county's plan names its city's plan by its level (市方案, 市实施方案), as its annotations do
 * (〔对应市方案：（三）〕), and cites its items by number after that name: 落实市方案第（六）条.
 */
const CITY = `赣州市深化质量强市建设实施方案
赣州市人民政府
一、总体要求
（一）指导思想
坚持质量第一。
（二）主要目标
到2025年，制造业产品质量合格率达到94.5%以上。
二、增强质量发展新动能
（三）实施创新驱动。推动质量技术创新。
（四）推进标杆示范。创建质量强国标杆城市。
三、提高产业质量竞争力
（五）夯实产业基础质量支撑。实施产业基础再造。
（六）提升产业集群质量引领力。培育先进制造业集群。
`;
const parent = parentFromPlanText(CITY, "赣州市深化质量强市建设实施方案.plan");
const loaded = [{ entry: "赣州市深化质量强市建设实施方案.plan", parent, sourceText: CITY }];

const county = (tasks: string) =>
  analyze(`于都县质量强县建设实施方案\n为贯彻落实《赣州市深化质量强市建设实施方案》，制定本方案。\n一、重点任务\n${tasks}`, { config: { parents: ["赣州市深化质量强市建设实施方案.plan"] }, parents: loaded });

describe("a parent's item cited by number after the parent's level name", () => {
  it("counts for the item", () => {
    const { plan, parents, knownParents } = county("（一）培育先进制造业集群。落实市方案第（六）条要求，推进集群建设。（责任单位：县工信局）\n（二）创建示范。按照市实施方案（四）要求推进。（责任单位：县市场监管局）\n");
    const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
    const cited = coverage.items.filter((entry) => entry.by.some((by) => by.basis === "cited")).map((entry) => entry.entry.label);
    expect(cited).toEqual(["（四）", "（六）"]);
  });

  it("is reported where the parent has no such item", () => {
    const findings = county("（一）强化产业基础。落实市方案第（九）条，实施产业基础再造。（责任单位：县工信局）\n").findings.filter((finding) => finding.rule === "xref/unknown-section");
    expect(findings.map((finding) => finding.message)).toEqual(["引用的“第（九）条”在《赣州市深化质量强市建设实施方案》中不存在：条目为（一）至（六），请核对"]);
  });

  it("is no other level's: 省实施意见第（九）条 names no item of the city's plan", () => {
    const findings = county("（一）强化产业基础。落实省实施意见第（九）条，实施产业基础再造。（责任单位：县工信局）\n").findings.filter((finding) => finding.rule === "xref/unknown-section");
    expect(findings).toEqual([]);
  });
});

import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { taskItems } from "../../server/src/core/xref/tasks";
import { creditsOfTasks } from "../support/coverageCredits";
import { builtinParents } from "../../server/src/core/parents/index";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A 规划's first chapter on where things stand (一、发展基础, 一、发展现状与形势) reports what the
 * last period did, in the words of the items it did them for; it is no task, as a 第一章 part of
 * background is none: read as one, 发展基础 counted for （二十二） by its 计量 and 标准.
 */
const PLAN = `示例市质量强市建设“十五五”规划（2026—2030年）
为贯彻落实《质量强国建设纲要》，制定本规划。
一、发展基础
“十四五”时期，全市建成国家级质量基础设施平台3个，计量、标准、认证认可、检验检测服务能力明显增强。
二、发展现状与形势
质量基础设施集成服务还不够完善，计量、标准、检验检测资源分散。
三、主要目标
到2030年，全市质量整体水平迈上新台阶。
四、重点任务
（一）建设高水平质量基础设施。推进计量、标准、认证认可、检验检测一体化服务。（责任单位：市市场监管局）
（二）推动制造业提质增效。实施传统产业技术改造升级行动。（责任单位：市工信局）
`;

it("reads a background chapter as no task, and the tasks after it as tasks", () => {
  expect(taskItems(buildPlan(PLAN)).map((item) => item.heading.text)).toEqual(["建设高水平质量基础设施", "推动制造业提质增效"]);
  expect(creditsOfTasks(PLAN)).toEqual([
    ["建设高水平质量基础设施", ["（二十二）"]],
    ["推动制造业提质增效", ["（七）"]],
  ]);
});

it("keeps a task whose heading names the situation it answers, below the chapters", () => {
  const plan = buildPlan(`示例市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
（一）研判质量安全形势。定期开展质量安全风险形势分析。（责任单位：市市场监管局）
（二）推动制造业提质增效。实施技术改造。（责任单位：市工信局）
`);
  expect(taskItems(plan).map((item) => item.heading.text)).toEqual(["研判质量安全形势", "推动制造业提质增效"]);
});

it("reads a chapter that sets work on its ground or setting (夯实质量发展基础, 优化质量发展环境) as tasks, whose targets are goals", () => {
  const text = `示例市2025年质量工作要点
一、夯实质量发展基础
1.加强标准引领。全年主导或参与制修订国家、行业标准10项以上。（牵头单位：市市场监管局）
二、优化质量发展环境
2.加强质量监管。制造业产品质量合格率保持在93%以上。（牵头单位：市市场监管局）
`;
  const plan = buildPlan(text);
  expect(taskItems(plan).map((item) => item.heading.text)).toEqual(["加强标准引领", "加强质量监管"]);
  // The figures under them are targets, compared with the parent's: 93% is under the outline's 94%.
  const rows = targetTableRows(plan, builtinParents().slice(0, 1).map((parent) => ({ parent, via: "config" as const, span: null, secondaryTo: null, implementsOther: null, through: null })), undefined);
  expect(rows.map((row) => [row.indicator, row.verdict])).toEqual([
    ["国家、行业标准", "no-parent"],
    ["制造业产品质量合格率", "weaker"],
  ]);
});

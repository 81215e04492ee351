import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * A city bureau's plan names the bodies of its own system by place (兴国县局, 南康分局) in some
 * tasks and in full (兴国县市场监管局, 市市场监管局南康分局) in others: one body, one task list,
 * whichever form the reader asks for (units/report.ts `planUnitKeys`).
 */
const PLAN = `赣州市市场监督管理局
2025年3月10日
2025年计量工作要点
一、重点任务
1.开展民生计量检查。〔责任单位：计量科、兴国县局、南康分局〕
2.推进能源计量审查。〔责任单位：计量科、兴国县市场监管局〕
3.加强加油机计量监管。〔责任单位：市市场监管局南康分局、执法稽查局〕
4.开展计量宣传。〔责任单位：各分局〕
`;

describe("one body of the issuer's own system in every form its plan writes", () => {
  const plan = buildPlan(PLAN);
  const registry = registryFor(undefined, undefined);
  const report = unitReport(plan, registry);
  const tasksOf = (asked: string) => unitTaskList(plan, report, registry, asked).tasks.map((task) => [task.path.join(""), task.reach]);

  it("lists the tasks that name it by place and in full, asked either way", () => {
    for (const asked of ["兴国县局", "兴国县市场监管局"]) {
      expect(tasksOf(asked)).toEqual([
        ["一、1.", "named"],
        ["一、2.", "named"],
      ]);
    }
    for (const asked of ["南康分局", "市市场监管局南康分局"]) {
      expect(tasksOf(asked)).toEqual([
        ["一、1.", "named"],
        ["一、3.", "named"],
        ["一、4.", "member"],
      ]);
    }
  });

  it("counts it once in the report's summary", () => {
    const units = report.units.map((unit) => [unit.unit, unit.tasks.length]).filter(([name]) => /兴国|南康/.test(String(name)));
    expect(units).toHaveLength(2);
  });
});

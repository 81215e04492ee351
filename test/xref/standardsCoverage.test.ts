import { describe, expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A plan's standardization task (推进标准化建设: 地方标准, 团体标准, 企业标准)
 * implements the outline's infrastructure item （二十二）, whose keywords name only 标准 among
 * 计量 and 认证认可: a bigram many items' texts have. The words local plans use for it
 * (local-keywords.json) carry it there, and an agricultural 标准化生产 task stays （七）'s.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、总体要求
（一）主要目标
到2025年，全县质量整体水平进一步提升。
二、重点任务
（一）深化标准化工作。鼓励企业参与国家标准、行业标准制修订，推动团体标准规范发展，组织制定地方标准10项以上。（责任单位：县市场监管局）
（二）推进农业品种培优。推进农业品种培优、品质提升、品牌打造和标准化生产，全面提升农业生产质量效益。（责任单位：县农业农村局）
`;

describe("coverage of a standardization task", () => {
  it("counts 标准化 and 标准制修订 tasks for （二十二）, and 标准化生产 still for （七）", () => {
    expect(creditsOfTasks(PLAN)).toEqual([
      ["深化标准化工作", ["（二十二）"]],
      ["推进农业品种培优", ["（七）"]],
    ]);
  });
});

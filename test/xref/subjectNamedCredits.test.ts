import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A plan's own subject word names no item in its headings (mapping.ts `keywordsNamed`: every heading
 * writes it) and weighs little in its tasks' vectors (planSubject.ts), yet it is the word a task names
 * its item by where the heading names no other item (coverage.ts `namedBySubjectAlone`): a metrology
 * plan's measurement-centre tasks are （二十二）'s. Written in other words than the reviewed metrology
 * plans (test/xref/sector-plans/, test/fixtures/targets-qa/city-metrology-action.plan).
 */
const METROLOGY = `示例市计量发展三年行动方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.筹建新能源产业计量测试中心。依托市计量测试院筹建新能源产业计量测试中心，开展关键参数测量方法研究。
2.建设光伏产业计量测试中心。围绕光伏组件企业需求，开展测量技术研究和校准服务。
3.推进国家产业计量测试中心建设。围绕电子信息产业开展计量测试服务。
4.加强计量标准建设。新建、改造社会公用计量标准20项，提升量值传递溯源能力。
5.加强计量监督检查。开展集贸市场、加油站计量专项检查，严厉查处计量违法行为。
6.推进诚信计量示范。在商贸、餐饮行业开展诚信计量示范单位创建。
7.加强计量人才培养。开展注册计量师培训，培养计量专业技术人才。
`;

it("counts a metrology plan's measurement-centre tasks for （二十二） though 计量 is the plan's subject", () => {
  const credits = creditsOfTasks(METROLOGY);
  expect(credits.slice(0, 3)).toEqual([
    ["筹建新能源产业计量测试中心", ["（二十二）"]],
    ["建设光伏产业计量测试中心", ["（二十二）"]],
    ["推进国家产业计量测试中心建设", ["（二十二）"]],
  ]);
  // A heading whose other words name another item stays that item's.
  expect(credits[5]![1][0]).toBe("（二十七）");
  expect(credits[6]![1][0]).toBe("（二十五）");
  // 监督检查 is as much （二十七）'s as （二十六）'s: the subject decides nothing there.
  expect(credits[4]![1]).not.toContain("（二十二）");
});

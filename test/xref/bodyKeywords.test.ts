import { describe, expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A task under the threshold counts for its best item where its words name that item: a heading by
 * the item's own word (coverage.ts `standsApart`), and a heading or body that writes whole a
 * keyword that names the item alone (mapping.ts `keywordNamedEntries`: 智慧监管 is （二十六）'s),
 * where none names the second. A sector plan's tasks are short and in the drafter's words; the
 * item's keyword is often the one word of the outline they write.
 */
const plan = (title: string, tasks: string) => `示例市${title}\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n${tasks}`;

describe("a body that writes its best item's own keyword", () => {
  it("counts a metrology plan's 智慧监管 task for （二十六）", () => {
    expect(creditsOfTasks(plan("计量发展实施方案", "（一）推进计量数字化转型。建设计量器具智慧监管平台，推动计量数据互联共享。（责任单位：市市场监管局）\n"))).toEqual([["推进计量数字化转型", ["（二十六）"]]]);
  });

  it("counts a city's 陶瓷 task for （十二）, whose 质量对标 its body writes", () => {
    const credits = creditsOfTasks(plan("质量强市建设实施方案", "（一）提升陶瓷产品质量水平。开展日用陶瓷、艺术陶瓷、先进陶瓷质量对标提升行动，组织重点企业开展关键工艺质量攻关，推广陶瓷产品质量分级。（责任单位：市工信局）\n"));
    expect(credits).toEqual([["提升陶瓷产品质量水平", ["（十二）"]]]);
  });

  it("counts nothing where the words name the second item too (一站式服务 of （二十三）, 公共服务 of （十八）)", () => {
    // (Once 建设标准化服务平台 with this body: its heading is a facility now read for what it is for, mapping.ts
    // `carrierQualifiers`, and it counts for （二十三）, as the hand labels have it: test/xref/facilityHeads.test.ts.)
    expect(creditsOfTasks(plan("标准化发展行动方案", "（一）推进标准化便民。提供标准查询一站式服务，完善标准化公共服务。（责任单位：市市场监管局）\n"))).toEqual([["推进标准化便民", []]]);
  });
});

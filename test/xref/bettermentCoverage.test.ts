import { describe, expect, it } from "vitest";
import { withoutGenericWords } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

const HEAD = `示例市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
`;

/**
 * 提质增效, 提档升级, 提能升级 say a subject gets better and name none: a task that is its subject
 * and one of them counts for the subject's item, as 提升制造业质量 does.
 */
describe("a task of a subject and a verb of betterment", () => {
  it("counts 制造业提质增效 and 提档升级 for （七）, 工业品提质扩容 for （十二）", () => {
    expect(
      creditsOfTasks(`${HEAD}（一）推动制造业提质增效。
（二）推进制造业提档升级。
（三）促进工业品提质扩容。
`),
    ).toEqual([
      ["推动制造业提质增效", ["（七）"]],
      ["推进制造业提档升级", ["（七）"]],
      ["促进工业品提质扩容", ["（十二）"]],
    ]);
  });

  it("cuts the verbs as the genre's words, and leaves 升级 alone the subject it is", () => {
    expect(withoutGenericWords("制造业提质增效")).toBe("制造业、");
    expect(withoutGenericWords("服务质量提档升级")).toBe("服务质量、");
    expect(withoutGenericWords("促进提质降本增效")).toBe("、、");
    expect(withoutGenericWords("消费品提质")).toBe("消费品、");
    expect(withoutGenericWords("生活服务品质升级")).toBe("生活服务品质升级");
  });
});

/**
 * 企业质量主体责任 is the enterprise's own quality management, the outline's （二十）, which names
 * 首席质量官 and 企业质量保证能力 but not the phrase; a builder's 主体责任 stays （十三）'s and a
 * food business's （十）'s.
 */
describe("a task on enterprises' quality responsibility", () => {
  it("counts for （二十）, however the verb before it, and other 主体责任 for their own items", () => {
    expect(
      creditsOfTasks(`${HEAD}（一）强化企业质量主体责任。
（二）压实企业质量主体责任。
（三）落实工程质量主体责任。
（四）落实食品安全企业主体责任。
`),
    ).toEqual([
      ["强化企业质量主体责任", ["（二十）"]],
      ["压实企业质量主体责任", ["（二十）"]],
      ["落实工程质量主体责任", ["（十三）"]],
      ["落实食品安全企业主体责任", ["（十）"]],
    ]);
  });
});

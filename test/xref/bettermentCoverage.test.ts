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

import { describe, expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

const HEAD = `示例区深化质量强区建设行动方案
为贯彻落实《质量强国建设纲要》，结合我区实际，制定本方案。
一、重点任务
`;

/**
 * A task whose heading spans two of the outline's items (提升建设工程品质, 推动服务业提质增效) and
 * whose body takes them up one clause each: the whole task is like each only in part, and only the
 * best of the two counted.
 */
describe("a body whose clauses each name an item", () => {
  it("counts for both: （十三） and （十五）, （十六） and （十七）", () => {
    const credits = creditsOfTasks(`${HEAD}（一）提升建设工程品质。落实工程质量安全手册制度，推进绿色建造和智能建造。（牵头单位：区住房城乡建设和水利局）
（二）推动服务业提质增效。推进生产服务业向专业化和价值链高端延伸，提升生活服务业品质。（牵头单位：区发展和改革局）
（三）加强品牌建设。开展区域品牌培育行动，支持企业争创中国质量奖、省政府质量奖。（牵头单位：区市场监管局）
`);
    const sorted = (rows: Array<[string, string[]]>) => rows.map(([heading, items]) => [heading, [...items].sort()]);
    expect(sorted(credits)).toEqual(sorted([
      ["提升建设工程品质", ["（十三）", "（十五）"]],
      ["推动服务业提质增效", ["（十六）", "（十七）"]],
      // A clause in passing (中国质量奖, （二十五）'s) leaves the whole task far from its item.
      ["加强品牌建设", ["（二十一）"]],
    ]));
  });
});

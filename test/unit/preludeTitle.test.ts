import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

const PLAN = ["一、总体目标", "到2026年，全市制造业产品质量合格率达到94.5%以上。"];
const read = (...prelude: string[]) => {
  const text = [...prelude, ...PLAN].join("\n") + "\n";
  const plan = buildPlan(text);
  return { title: plan.title?.text ?? null, preamble: plan.preamble ? text.slice(plan.preamble.start, plan.preamble.end) : null };
};

describe("the title above a preamble that looks like a heading (model/prelude.ts)", () => {
  it("reads a preamble a line break cut in its sentence as the preamble, not as the title", () => {
    expect(read("抚州市质量提升行动方案", "为贯彻落实《质量强国建设纲要》，全面提升我市产品、工程、服务质量", "水平，制定本方案。")).toEqual({
      title: "抚州市质量提升行动方案",
      preamble: "为贯彻落实《质量强国建设纲要》，全面提升我市产品、工程、服务质量\n水平，制定本方案。",
    });
  });

  it("reads a preamble whose 。 was left out as the preamble, not as the title's second line", () => {
    expect(read("抚州市质量提升行动方案", "为贯彻落实《质量强国建设纲要》，全面提升我市产品质量水平，制定本方案")).toEqual({
      title: "抚州市质量提升行动方案",
      preamble: "为贯彻落实《质量强国建设纲要》，全面提升我市产品质量水平，制定本方案",
    });
  });

  it("reads a line by its own text: a trailing // comment makes no preamble a heading, and is no part of the title", () => {
    expect(read("示例市质量强市建设实施方案 // 标题", "为贯彻落实《质量强国建设纲要》，制定本方案。 // plancheck-disable-line punct/half-width")).toEqual({
      title: "示例市质量强市建设实施方案",
      preamble: "为贯彻落实《质量强国建设纲要》，制定本方案。 // plancheck-disable-line punct/half-width",
    });
  });

  it("keeps a title broken over two lines, and a title with a comma where no title stands above it", () => {
    expect(read("贯彻实施江西省质量发展纲要", "2016年行动计划", "为贯彻落实纲要，制定本计划。").title).toBe("贯彻实施江西省质量发展纲要2016年行动计划");
    expect(read("关于深化质量强市建设，推动高质量发展的实施方案", "为贯彻落实纲要，制定本方案。").title).toBe("关于深化质量强市建设，推动高质量发展的实施方案");
  });
});

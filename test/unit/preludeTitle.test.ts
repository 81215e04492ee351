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

  it("goes on from the issuer's name on the line above where the title's line opens on its 关于 or its years, not where it names its own place", () => {
    expect(read("示例市鼓楼区市场监督管理局", "2026年工作要点", "为贯彻落实纲要，现提出工作要点如下。").title).toBe("示例市鼓楼区市场监督管理局2026年工作要点");
    expect(read("示例市市场监督管理局", "２０２６—２０２８年质量提升行动计划", "为贯彻落实纲要，制定本计划。").title).toBe("示例市市场监督管理局２０２６—２０２８年质量提升行动计划");
    expect(read("示例市市场监督管理局", "关于报送质量强市建设实施方案的报告", "市人民政府：").title).toBe("示例市市场监督管理局关于报送质量强市建设实施方案的报告");
    // A 发文机关标志 without 文件 over a title of its own.
    expect(read("示例市市场监督管理局", "示例市2026年质量工作要点", "为贯彻落实纲要，现提出工作要点如下。").title).toBe("示例市2026年质量工作要点");
  });
});

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

  it("reads a title printed over three lines as one: the issuer's name over its 事由's verb, a line that leaves its 《 open, a line ending on its verb", () => {
    const preamble = "为抓好《南昌市深入推进质量强市建设实施方案》的贯彻落实，制定本分工方案。";
    const title = "南昌市市场监督管理局贯彻落实《南昌市深入推进质量强市建设实施方案》任务分工方案";
    expect(read("南昌市市场监督管理局", "贯彻落实《南昌市深入推进", "质量强市建设实施方案》任务分工方案", preamble).title).toBe(title);
    expect(read("南昌市市场监督管理局贯彻落实", "《南昌市深入推进质量强市建设实施方案》", "任务分工方案", preamble).title).toBe(title);
    expect(read("南昌市市场监督管理局", "质量强市重点任务分工表", "序号\t重点任务\t牵头单位").title).toBe("南昌市市场监督管理局质量强市重点任务分工表");
  });

  it("joins a line above the title's last two only where the title may break after it: a heading of its own stays apart", () => {
    // 政策文件 ends no title's line on words that go on: the two lines under it are the title.
    expect(read("政策文件", "示例市人民政府办公室", "关于深入推进质量强市建设的实施意见", "为贯彻落实纲要，提出如下意见。").title).toBe("示例市人民政府办公室关于深入推进质量强市建设的实施意见");
    // A 发文机关标志 written without 文件 over a title that names its own place, broken over two lines.
    expect(read("示例市市场监督管理局", "示例市质量强市建设", "实施方案", "为贯彻落实纲要，制定本方案。").title).toBe("示例市质量强市建设实施方案");
  });

  it("reads a 文号 whose year's brackets a copy lost (spaces, nothing or 年 in their place) as the 文号, never as the title's first line", () => {
    for (const docNumber of ["赣市府办字2023 5号", "示政办发 2024 12号", "示政办发2024年12号", "示政办发　２０２４　第12号"]) {
      const text = [docNumber, "示例市质量强市建设实施方案", "为贯彻落实《质量强国建设纲要》，制定本方案。", ...PLAN].join("\n") + "\n";
      const plan = buildPlan(text);
      expect(plan.title?.text).toBe("示例市质量强市建设实施方案");
      expect(plan.metadata.docNumber).toBe(docNumber);
    }
  });
});

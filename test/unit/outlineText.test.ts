import { describe, expect, it } from "vitest";
import { formatOutlineText } from "../../server/src/cli/format/outline";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { PositionMapper } from "../../server/src/core/text/positions";

const outline = (lines: string[]) => {
  const text = lines.join("\n") + "\n";
  return formatOutlineText(buildPlan(text), new PositionMapper(text));
};

describe("plancheck outline as text (cli/format/outline.ts)", () => {
  it("shows a marker lost on paste as its fix writes it, as the JSON outline does", () => {
    const text = outline([
      "一、重点任务",
      "1.加强计量能力建设。推进计量检定机构能力提升。（责任单位：区市场监管局）",
      "加强标准化建设。鼓励企业参与标准制修订。（责任单位：区市场监管局、区财政局）",
      "3.提升检验检测能力。支持检验检测机构建设。（责任单位：区市场监管局、区科技局）",
    ]);
    expect(text).toContain("  2.加强标准化建设  （第3行）");
  });

  it("names each unit of an item once, though two of its paragraphs name it", () => {
    const text = outline([
      "一、重点任务",
      "（一）夯实质量基础设施",
      "加强计量能力建设。推进县级计量检定机构能力提升。（责任单位：县市场监管局）",
      "深化标准化建设。鼓励企业参与标准制修订。（责任单位：县市场监管局、县财政局）",
    ]);
    expect(text).toContain("（一）夯实质量基础设施  （第2行）  〔县市场监管局、县财政局〕");
  });
});

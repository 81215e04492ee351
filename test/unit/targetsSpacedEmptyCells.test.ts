import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

const HEAD = "某市质量强市建设实施方案（2023—2025年）\n\n一、主要目标\n\n";
const rows = (table: string) =>
  extractTargets(buildPlan(`${HEAD}${table}\n二、主要任务\n（一）提升产品质量。（责任单位：市市场监管局）\n`)).targets.map((t) => [t.indicator, t.value, t.unit, t.baseValue]);

describe("an indicator table pasted with spaces, some cells empty", () => {
  it("reads an evenly spaced copy's wider gap as the empty cells it holds: no value moves left", () => {
    const table =
      "序号  指标名称  单位  2022年  2025年目标  属性\n" +
      "1  制造业产品质量合格率  %  93.5  94以上  预期性\n" +
      "2  万人高价值发明专利拥有量  件    10  预期性\n" +
      "3  公共服务质量满意度  分  80.5    预期性\n" +
      "4  食品抽检合格率  %  98.2  98.5\n";
    // 10 is the 2025 target (no base); 80.5 is a base with no target; 属性 left blank at the row's end.
    expect(rows(table)).toEqual([
      ["制造业产品质量合格率", 94, "%", 93.5],
      ["万人高价值发明专利拥有量", 10, "件", null],
      ["食品抽检合格率", 98.5, "%", 98.2],
    ]);
  });

  it("reads a fixed-width copy by where each cell starts under the header", () => {
    const table =
      "序号  指标名称                  单位  2022年  2025年目标  属性\n" +
      "1     制造业产品质量合格率      %     93.5    94以上      预期性\n" +
      "2     万人高价值发明专利拥有量  件            10          预期性\n" +
      "3     公共服务质量满意度        分    80.5                预期性\n" +
      "4     食品抽检合格率            %     98.2    98.5\n";
    expect(rows(table)).toEqual([
      ["制造业产品质量合格率", 94, "%", 93.5],
      ["万人高价值发明专利拥有量", 10, "件", null],
      ["食品抽检合格率", 98.5, "%", 98.2],
    ]);
    // Rows padded to one width are no measure a PDF cut its lines at.
    expect(buildPlan(`${HEAD}${table}`).hardWrap).toBeNull();
  });

  it("guesses at no row whose spacing does not tell, and reads no prose with spaces as a row", () => {
    const table =
      "序号  指标名称  单位  2022年  2025年目标  属性\n" +
      "1  制造业产品质量合格率  %  93.5  94以上  预期性\n" +
      "2  万人高价值发明专利拥有量  件   10  预期性\n" +
      "注：以上  指标  均为预期性指标  2022年  为基期。\n";
    expect(rows(table)).toEqual([["制造业产品质量合格率", 94, "%", 93.5]]);
  });
});

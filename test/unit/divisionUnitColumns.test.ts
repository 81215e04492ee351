import { describe, expect, it } from "vitest";
import { unitColumnsOfHeader } from "../../server/src/core/model/tables";

/**
 * A department's own 任务清单 names its divisions in the unit column: a province's bureau writes
 * 处室, a city's or a county's 科室 and 股室 (qa-51f: 责任科室（单位） was no unit column, and the
 * 吉安 bureau's table was not read).
 */
describe("a department's division columns", () => {
  it("reads 责任科室（单位）, 牵头科室 and 配合股室 as unit columns", () => {
    expect(unitColumnsOfHeader(["序号", "工作任务", "具体内容", "责任科室（单位）", "完成时限"])).toEqual([3]);
    expect(unitColumnsOfHeader(["序号", "重点任务", "牵头科室", "配合股室", "完成时限"])).toEqual([2, 3]);
  });

  it("reads no other word before 科室 as a unit column", () => {
    expect(unitColumnsOfHeader(["序号", "工作任务", "科室", "完成时限"])).toBeNull();
  });
});

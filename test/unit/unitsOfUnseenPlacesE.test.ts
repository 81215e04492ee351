import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";

/** QA round e, "reviewers' reports on plans the tool has not seen": names the registry misread. */
function unknownNames(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

const plan = (title: string, units: string) => `${title}\n\n一、重点任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

describe("a county named by one character (蠡县, 涉县, 易县)", () => {
  it("is a place before 县, as a county of two characters is", () => {
    expect(unknownNames(plan("保定市质量强市建设行动方案", "市市场监管局，蠡县人民政府、易县政府、高阳县人民政府"))).toEqual([]);
    expect(unknownNames(plan("邯郸市质量强市建设行动方案", "涉县市场监管局、磁县人民政府"))).toEqual([]);
  });

  it("is no place when the character says which county rather than naming one (本县, 各县, 全县)", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["本县人民政府", "该县人民政府", "全县人民政府", "市县人民政府", "两县人民政府"]) expect(registry.resolve(name)).toBeNull();
    expect(registry.resolve("蠡县人民政府")?.place).toBe("蠡");
  });
});

describe("上海's districts' 房管局 (区住房保障和房屋管理局)", () => {
  it("is a body of its own beside 区建管委, no leftover of it to delete", () => {
    const text = plan("上海市闵行区深化质量强区建设实施方案", "区建管委、区房管局、区住房保障和房屋管理局");
    expect(unknownNames(text)).toEqual([]);
    expect(unknownNames(plan("上海市闵行区深化质量强区建设实施方案", "区房管局"))).toEqual([]);
  });
});

describe("zones named 工业区, 新城 and 投资区", () => {
  it("are zones with a 管委会, as 工业园区 and 开发区 are", () => {
    expect(unknownNames(plan("上海市闵行区深化质量强区建设实施方案", "区经委、莘庄工业区管委会"))).toEqual([]);
    expect(unknownNames(plan("保定市质量强市建设行动方案", "市工业和信息化局、白沟新城管委会、白沟新城"))).toEqual([]);
    expect(unknownNames(plan("漳州市质量强市建设实施方案", "市商务局、台商投资区管委会"))).toEqual([]);
  });
});

describe("a 基地 with a 管委会 (水西有色冶金基地管委会)", () => {
  it("is a zone with a 管委会, as 工业园区 and 新城 are, in a district's plan and a city's", () => {
    expect(unknownNames(plan("赣州市章贡区质量强区建设实施方案", "区工信局、水西有色冶金基地管委会、章贡经开区管委会"))).toEqual([]);
    expect(unknownNames(plan("赣州市质量强市建设实施方案", "市工信局、水西有色冶金基地管理委员会"))).toEqual([]);
  });
});

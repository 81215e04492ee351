import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A development zone's or park's 管委会 is known by its kind (××管理区, ××物流园区, ××科技城 beside
 * ××基地, ××新城 …) with its place before it, in a plan that does not address it; a department's
 * name with 管委会 typed after it stays unknown.
 */
const unknownOf = (names: string) => {
  const text = `赣州市章贡区深化质量强区建设实施方案\n一、主要任务\n1.提升产品质量。开展质量提升行动。〔责任单位：区市场监管局、${names}〕\n`;
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
};

it("knows a zone's or park's committee by its kind", () => {
  expect(unknownOf("屈原管理区管委会、水西物流园管委会、水西物流园区、水西科技城管委会、水西产业园管委会")).toEqual([]);
});

it("leaves a department with 管委会 typed after it unknown", () => {
  expect(unknownOf("水西产业园管委员会、区发改管委会、区城管委会、赣州市城管委会、区科技城管委会")).toEqual(["水西产业园管委员会", "区发改管委会", "区城管委会", "赣州市城管委会", "区科技城管委会"]);
});

it("knows the other kinds of zones real plans name by their kind, with any place before them", () => {
  expect(
    unknownOf("水西产业集聚区管委会、赣江新区合作区管委会、章江中央商务区管委会、水西科技园管委会、赣州保税区管委会、赣州综合保税区、赣州自贸片区、赣州高新区、水西新区管委会、水西集聚区、章江商务区"),
  ).toEqual([]);
});

it("leaves a park whose place is a level word unknown: 区文化产业园 says no place, the district's own park is named by its place", () => {
  // A 区 zone named by its government's level word alone is a known writing (市高新区, 县经济开发区);
  // a level word before more words (区文化…) or before a 园 (市科技园) fills no place.
  expect(unknownOf("区文化产业园管委会、市科技园管委会、区商务区管委会")).toEqual(["区文化产业园管委会", "市科技园管委会"]);
});

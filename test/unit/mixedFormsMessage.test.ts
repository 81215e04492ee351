import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

it("numbering/mixed-forms names the marker as written, not only its form", () => {
  const [finding] = analyze("一、总体要求\n（一）指导思想\n（二）主要目标\n(三)基本原则\n").findings.filter((f) => f.rule === "numbering/mixed-forms");
  expect(finding?.message).toBe("第2级编号写法不一致：本文多用“（一）”式（2 处），此处“(三)”为“(一)”式");
});

it("numbering/mixed-forms says so when no form has a majority", () => {
  const findings = analyze("一、总体要求\n（一）指导思想\n1.甲。\n2、乙。\n3．丙。\n").findings.filter((f) => f.rule === "numbering/mixed-forms");
  expect(findings.map((f) => f.message)).toEqual([
    "第3级编号写法不一致：写法各占1 处，宜统一为“1.”式（规范写法），此处“2、”为“1、”式",
    "第3级编号写法不一致：写法各占1 处，宜统一为“1.”式（规范写法），此处“3．”为“1．”式",
  ]);
});

import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const numbering = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.rule.startsWith("numbering/"))
    .map((f) => [f.rule, text.slice(f.start, f.end)]);

it("numbering/mixed-forms names the standard marker among variants as written, and the usual form", () => {
  const [finding] = analyze("一、总体要求\n(一)指导思想\n(二)主要目标\n（三）基本原则\n").findings.filter((f) => f.rule === "numbering/mixed-forms");
  expect(finding?.message).toBe("第2级编号写法不一致：本文多用“(一)”式（2 处），此处“（三）”为规范写法");
});

it("a non-standard marker that is also the odd form out is one finding, marker-style's: (三), 2、, ３．, 三.", () => {
  // Each of these is both non-standard and unlike the rest of its level: one defect.
  const text = "一、总体要求\n（一）指导思想\n（二）主要目标\n(三)基本原则\n二、主要任务\n1.甲。\n2、乙。\n３．丙。\n4.丁。\n5.戊。\n三.保障措施\n四、组织实施\n";
  expect(numbering(text)).toEqual([
    ["numbering/marker-style", "(三)"],
    ["numbering/marker-style", "2、"],
    ["numbering/marker-style", "３．"],
    ["numbering/marker-style", "三."],
  ]);
  // Without a majority (1.、1、、1． once each) the two non-standard ones are marker-style's too.
  expect(numbering("一、总体要求\n（一）指导思想\n1.甲。\n2、乙。\n3．丙。\n")).toEqual([
    ["numbering/marker-style", "2、"],
    ["numbering/marker-style", "3．"],
  ]);
});

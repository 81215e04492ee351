import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

it("numbering/mixed-forms names the marker as written, not only its form", () => {
  const [finding] = analyze("一、总体要求\n（一）指导思想\n（二）主要目标\n(三)基本原则\n").findings.filter((f) => f.rule === "numbering/mixed-forms");
  expect(finding?.message).toBe("第2级编号写法不一致：本文多用“（一）”式（2 处），此处“(三)”为“(一)”式");
});

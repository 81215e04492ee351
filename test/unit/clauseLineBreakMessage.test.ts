import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const breaks = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/clause-line-break");

describe("units/clause-line-break names the name a break cuts", () => {
  it("quotes the name as the reader sees it", () => {
    const [finding] = breaks("一、主要任务\n1.开展工作。〔责任单位：市财政局、市科\n技局〕\n");
    expect(finding!.message).toBe("责任单位“市科技局”被换行断开，责任分工被拆成了两段，应写在一行之内");
    expect(finding!.fix!.description).toBe("删除换行，接成“市科技局”");
  });

  it("quotes no name a copy's code runs through: the code is text/field-code's, and the name the model split is not one a reader sees", () => {
    const text = "一、主要任务\n1.开展工作。〔责任单位：市财政局、市{ PAGE }\n农业农村局〕\n";
    const [finding] = breaks(text);
    expect(finding!.message).toBe("责任分工在单位名单中间换行，被拆成了两段，应写在一行之内");
    expect(finding!.fix!.description).toBe("删除换行，接成一行");
    expect(fixAll(text).text).toBe("一、主要任务\n1.开展工作。〔责任单位：市财政局、市农业农村局〕\n");
  });
});

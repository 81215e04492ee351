import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const GOALS = "一、总体要求\n（一）主要目标\n到2030年，制造业产品质量合格率达到95%以上，企业开办时间压缩至2个工作日以内。\n专栏1　主要指标\n序号\t指标名称\t单位\t2025年\t2030年\t属性\n";
const inconsistent = (rows: string) =>
  analyze(GOALS + rows)
    .findings.filter((finding) => finding.rule === "targets/inconsistent")
    .map((finding) => finding.message);

/** A goals table writes the text's 以上/以下 as a sign; a strict one (>, ＜) is the same shorthand. */
describe("a goals table's strict sign against the text's bound", () => {
  it("is the text's 以上 or 以下: one commitment written two ways", () => {
    expect(inconsistent("1\t制造业产品质量合格率\t%\t93.5\t>95\t预期性\n2\t企业开办时间\t个工作日\t3\t＜2\t约束性\n")).toEqual([]);
  });

  it("behind another figure is another goal, and the message shows the figure as the table writes it", () => {
    expect(inconsistent("1\t制造业产品质量合格率\t%\t93.5\t>96\t预期性\n2\t企业开办时间\t个工作日\t3\t<1.5\t约束性\n")).toEqual([
      "“制造业产品质量合格率”的目标值前后不一致：此处为>96%，前文（一、（一））为95%以上",
      "“企业开办时间”的目标值前后不一致：此处为<1.5个工作日，前文（一、（一））为2个工作日以内",
    ]);
  });
});

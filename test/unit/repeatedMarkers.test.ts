import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/** A WPS export: its automatic numbering and the numbers typed in the text, every marker twice. */
const WPS = [
  "示例区质量强区建设实施方案",
  "一、一、总体要求",
  "（一）（一）主要目标",
  "到2025年，制造业产品质量合格率达到94%以上。",
  "二、三、重点任务",
  "（一） (一)推动产业质量升级",
  "1.1.实施产业链质量提升工程。开展质量攻关。（责任单位：区工信局）",
  "3.3.开展对标达标行动。组织企业对标国际先进标准。（责任单位：区市场监管局）",
  "2.2.提升检验检测能力。支持检验检测机构建设，提升1.2.5级计量标准。（责任单位：区市场监管局）",
].join("\n") + "\n";

const headings = (text: string) => buildPlan(text).allItems.map((item) => `${item.marker.text}${item.heading.text}`);

describe("markers written twice (model/markers.ts, numbering/doubled-mark)", () => {
  it("reads each line as one item, the repeat out of its heading", () => {
    expect(headings(WPS)).toEqual(["一、总体要求", "（一）主要目标", "二、重点任务", "（一）推动产业质量升级", "1.实施产业链质量提升工程", "3.开展对标达标行动", "2.提升检验检测能力"]);
  });

  it("says what was doubled, and --fix leaves one marker, renumbering a 1.1. in both places", () => {
    const messages = analyze(WPS).findings.filter((finding) => finding.rule === "numbering/doubled-mark").map((finding) => finding.message);
    expect(messages).toContain("编号“一、”写了两遍（从 WPS、Word 复制时自动编号与手写编号常叠在一起），应删除重复的一个");
    expect(messages).toContain("编号“二、”之后又有编号“三、”（从 WPS、Word 复制时自动编号与手写编号常叠在一起），应只保留一个");
    const fixed = fixAll(WPS).text;
    expect(fixed).toContain("\n二、重点任务\n（一）推动产业质量升级\n1.实施产业链质量提升工程");
    expect(fixed).toContain("\n2.开展对标达标行动");
    expect(fixed).toContain("\n3.提升检验检测能力。支持检验检测机构建设，提升1.2.5级计量标准。");
  });

  it("keeps the spaces after a doubled mark out of the heading, as after a marker (（二）、 工作原则)", () => {
    const text = ["一、总体要求", "（一） 指导思想", "（二）、 工作原则", "（三）、\u3000发展目标", "二、主要任务", "1.、 加快区域质量创新发展。"].join("\n") + "\n";
    expect(headings(text)).toEqual(["一、总体要求", "（一）指导思想", "（二）工作原则", "（三）发展目标", "二、主要任务", "1.加快区域质量创新发展"]);
  });

  it("renumbers a 1.1. written three times in its first repeat too: the line stays the task it is (2.2.，2. is 1.1.，2., not 1.2.)", () => {
    // Found by the numbering property (seed 168093577): only the last repeat's numeral was kept,
    // and none where a third copy followed, so a renumbering wrote 1.2.，2. — a section number.
    const text = ["一、重点任务", "1.开展质量攻关。", "3.3.，3.开展对标达标行动。", "3.3.3.强化标准引领。"].join("\n") + "\n";
    const plan = buildPlan(text);
    expect(headings(text)).toEqual(["一、重点任务", "1.开展质量攻关", "3.开展对标达标行动"]);
    const fixed = fixAll(text, { ruleOverrides: { "numbering/doubled-mark": "off" } }).text;
    expect(fixed.split("\n")[2]).toBe("2.2.，3.开展对标达标行动。");
    expect(headings(fixed)).toEqual(["一、重点任务", "1.开展质量攻关", "2.开展对标达标行动"]);
    expect(plan.allItems[2]!.marker.doubled?.numeral).toEqual({ start: text.indexOf("3.3.，") + 2, end: text.indexOf("3.3.，") + 3 });
  });

  it("leaves a section number alone: 1.2. is no marker written twice", () => {
    const text = ["一、重点任务", "1.2.实施产业链质量提升工程。"].join("\n") + "\n";
    expect(headings(text)).toEqual(["一、重点任务"]);
  });
});

import { describe, expect, it } from "vitest";
import { cellText } from "../../server/src/node/docx/cells";

describe("a Word table cell read as one cell of a row", () => {
  it("keeps a line break set inside a paragraph, after a mark too, as a quoted cell", () => {
    const lines = [
      { text: "全市制造业产品质量合格率稳定在94%以上，", paragraph: 0 },
      { text: "食品抽检合格率达到98%以上。", paragraph: 0 },
    ];
    expect(cellText(lines)).toBe('"全市制造业产品质量合格率稳定在94%以上，\n食品抽检合格率达到98%以上。"');
  });

  it("goes on across paragraphs where the one before ends in a mark, and lists the others with 、", () => {
    expect(cellText([{ text: "推进标准化建设，", paragraph: 0 }, { text: "开展对标达标。", paragraph: 1 }])).toBe("推进标准化建设，开展对标达标。");
    expect(cellText([{ text: "市工信局", paragraph: 0 }, { text: "市商务局", paragraph: 1 }])).toBe("市工信局、市商务局");
  });

  it("joins a header a narrow column broke by hand", () => {
    expect(cellText([{ text: "牵头", paragraph: 0 }, { text: "单位", paragraph: 0 }])).toBe("牵头单位");
  });
});

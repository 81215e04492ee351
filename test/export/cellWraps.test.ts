import { describe, expect, it } from "vitest";
import { unwidowedWidths } from "../../server/src/core/export/cellWraps";

/** 4号, as tables are set: a character 280 twips wide, half a character of margin each side. */
const PT = 14;
const EM = PT * 20;
const PADDING = EM;
const LEAST = 2 * EM + PADDING;

describe("export: table column widths that wrap no cell badly", () => {
  it("widens a column a hair short of a cell's line (制造业产品质量合格/率), taking it from the column with room to spare", () => {
    const widths = [9 * EM + PADDING, 20 * EM + PADDING];
    const columns = [["指标名称", "制造业产品质量合格率"], ["说明", "围绕重点产品开展质量对标提升，建立健全质量追溯体系，推动企业完善质量管理制度，提升产品质量稳定性。"]];
    expect(unwidowedWidths(widths, columns, PT, PADDING, LEAST)).toEqual([10 * EM + PADDING, 19 * EM + PADDING]);
  });

  it("gives a figure Word keeps whole its width on one line (150000 not cut in two)", () => {
    const widths = [LEAST, 20 * EM + PADDING];
    const columns = [["产值", "150000"], ["说明", "围绕重点产品开展质量对标提升，建立健全质量追溯体系，推动企业完善质量管理制度，提升产品质量稳定性。"]];
    const [figure, text] = unwidowedWidths(widths, columns, PT, PADDING, LEAST);
    expect(figure).toBeGreaterThanOrEqual(3 * EM + PADDING);
    expect(figure! + text!).toBe(widths[0]! + widths[1]!);
  });

  it("leaves the widths where no column can spare the room, or the donor would wrap badly itself", () => {
    const widths = [9 * EM + PADDING, 4 * EM + PADDING];
    // The other column's own text fits its width exactly: narrowed, 完成时限 would wrap its last character.
    const columns = [["指标名称", "制造业产品质量合格率"], ["时限", "持续推进"]];
    expect(unwidowedWidths(widths, columns, PT, PADDING, LEAST)).toEqual(widths);
    // A cell whose last line holds more than two characters stays wrapped as it was.
    expect(unwidowedWidths([6 * EM + PADDING, 20 * EM + PADDING], [["制造业产品质量合格率"], ["说明"]], PT, PADDING, LEAST)).toEqual([6 * EM + PADDING, 20 * EM + PADDING]);
  });

  it("gives a header the width it needs to wrap no worse than two characters a line (完成时限, not 完成时 / 限), even where the text giving it wraps a line more", () => {
    // The long column's text fills its line exactly: the cells alone would give nothing (the donor would wrap badly).
    const long = "围绕重点产品开展质量对标提升建立健全质量";
    const widths = [3.5 * EM + PADDING, 20 * EM + PADDING];
    const columns = [["完成时限", "2026年"], ["具体措施", long]];
    expect(unwidowedWidths(widths, columns, PT, PADDING, LEAST)).toEqual([4 * EM + PADDING, 19.5 * EM + PADDING]);
  });

  it("leaves a header the other columns cannot spare the room for", () => {
    // The other column is at its floor: its own header and words need all it has.
    const tight = [3.5 * EM + PADDING, LEAST];
    expect(unwidowedWidths(tight, [["完成时限", "年底"], ["序号", "1"]], PT, PADDING, LEAST)).toEqual(tight);
  });

  it("takes no width that would leave the giving column's own header a character alone", () => {
    // 配合单位 at 4 characters gives nothing: at 3.5 it would wrap 配合单 / 位.
    const widths = [3.5 * EM + PADDING, 4 * EM + PADDING];
    expect(unwidowedWidths(widths, [["完成时限", "年底"], ["配合单位", "区科技局"]], PT, PADDING, LEAST)).toEqual(widths);
  });
});

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
});

import { describe, expect, it } from "vitest";
import { misreadNumbers } from "../../server/src/core/text/ocrDigits";

const readings = (text: string) => misreadNumbers(text).map(({ written, digits }) => `${written}→${digits}`);

describe("text/ocrDigits: numbers text recognition misread", () => {
  it("reads a half-width run and restores half-width digits", () => {
    expect(readings("到2O25年，培育企业l0家以上，到2〇27年。")).toEqual(["2O25→2025", "l0→10", "2〇27→2027"]);
  });

  it("reads a full-width run alike and restores the digits in the run's own width", () => {
    // A WPS copy or a PDF's text layer writes the figures full-width; the letter may be either width.
    expect(readings("到２Ｏ２５年，培育企业ｌ０家以上，到２〇２７年。")).toEqual(["２Ｏ２５→２０２５", "ｌ０→１０", "２〇２７→２０２７"]);
    expect(readings("到２O２５年，达到Ｉ０个，合格率达到９Ｏ％。")).toEqual(["２O２５→２０２５", "Ｉ０→１０", "９Ｏ→９０"]);
    expect(readings("实施期为２Ｏ２５—２Ｏ２７年。")).toEqual(["２Ｏ２５→２０２５", "２Ｏ２７→２０２７"]);
  });

  it("writes each letter in the width of the digit nearest before it in a run of mixed widths", () => {
    expect(readings("到2Ｏ２５年")).toEqual(["2Ｏ２５→20２５"]);
    expect(readings("达到Ｏ５个")).toEqual(["Ｏ５→０５"]);
  });

  it("reads no code or name as a misread run, in either width", () => {
    expect(readings("推广Ｏ２Ｏ服务模式，推动ＩＳＯ９００１认证和５Ｇ应用，ＣＯＶＩＤ－１９相关评估，二〇二五年底前。")).toEqual([]);
    expect(readings("推广O2O服务模式，推动ISO9001认证，ＩＳＯ9001认证。")).toEqual([]);
  });
});

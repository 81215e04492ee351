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

  it("reads S for 5 and B for 8 where only a digit can stand: between two digits, or last before the measure", () => {
    expect(readings("完成抽检1S00批次，合格率达到9B%，到2O2S年。")).toEqual(["1S00→1500", "9B→98", "2O2S→2025"]);
    expect(readings("完成抽检１Ｓ００批次，合格率达到９Ｂ％。")).toEqual(["１Ｓ００→１５００", "９Ｂ→９８"]);
  });

  it("reads no code or grade of S or B as a misread run", () => {
    // A code's S or B opens its run or stands before a word; a grade's stands by no digit.
    expect(readings("推行5S管理，建设4S店，发展B2B电商平台，培育B2B项目3个，S级服务，B1级材料，3A/5A级景区，AAA级信用，GB/T 19001、GB18030标准。")).toEqual([]);
    expect(readings("推行５Ｓ管理，培育Ｂ２Ｂ项目，ＧＢ／Ｔ１９００１。")).toEqual([]);
  });
});

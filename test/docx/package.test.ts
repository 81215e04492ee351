import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocxAsPlanText } from "../../server/src/node/docx/index";
import { numberedParagraph, numberingXml, partsDocx, wordCell, wordLevel, wordParagraph, wordTable, readPlan } from "../support/docx";

const WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
/** Limits that let a test's small hostile document past the zip checks, to reach the reader's own. */
const NO_RATIO = { maxEntryBytes: 64 * 1024 * 1024, maxRatio: 1e9 };

const text = (bytes: Uint8Array) => readPlan(bytes, NO_RATIO).text;

describe("a Word package as Word, WPS and other writers save it", () => {
  it("finds the document and its numbering through the package's relationships, in the strict format too", () => {
    const rels = (target: string, type: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;
    const body = `<w:document xmlns:w="${STRICT}"><w:body>${numberedParagraph(1, 0, "总体要求")}${wordParagraph("坚持质量第一。")}</w:body></w:document>`;
    const numbering = numberingXml(`<w:abstractNum w:abstractNumId="0">${wordLevel(0, "chineseCounting", "%1、")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    const docx = zipSync({
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "_rels/.rels": new TextEncoder().encode(rels("/doc/main.xml", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")),
      "doc/main.xml": new TextEncoder().encode(body),
      "doc/_rels/main.xml.rels": new TextEncoder().encode(rels("lists/list.xml", "http://purl.oclc.org/ooxml/officeDocument/relationships/numbering")),
      "doc/lists/list.xml": new TextEncoder().encode(numbering),
    });
    expect(text(docx)).toBe("一、总体要求\n坚持质量第一。\n");
  });

  it("reads parts whose writer bound Word's namespace to another prefix or made it the default", () => {
    const body = `<ns0:document xmlns:ns0="${WORD}" xmlns:x="http://schemas.openxmlformats.org/markup-compatibility/2006"><ns0:body><ns0:p><ns0:pPr><ns0:numPr><ns0:ilvl ns0:val="0"/><ns0:numId ns0:val="1"/></ns0:numPr></ns0:pPr><ns0:r><ns0:t>总体要求</ns0:t></ns0:r></ns0:p><ns0:p><ns0:r><ns0:t>坚持</ns0:t></ns0:r><x:AlternateContent><x:Choice Requires="wps"><ns0:r><ns0:t>质量</ns0:t></ns0:r></x:Choice><x:Fallback><ns0:r><ns0:t>质量</ns0:t></ns0:r></x:Fallback></x:AlternateContent><ns0:del><ns0:r><ns0:delText>数量</ns0:delText></ns0:r></ns0:del></ns0:p></ns0:body></ns0:document>`;
    const numbering = `<numbering xmlns="${STRICT}" xmlns:w="${STRICT}"><abstractNum w:abstractNumId="0">${wordLevel(0, "chineseCounting", "%1、")}</abstractNum><num w:numId="1"><abstractNumId w:val="0"/></num></numbering>`;
    const docx = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": new TextEncoder().encode(body), "word/numbering.xml": new TextEncoder().encode(numbering) });
    expect(text(docx)).toBe("一、总体要求\n坚持质量\n");
  });

  it("reads a document.xml in UTF-16 or with a byte order mark", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${WORD}"><w:body>${wordParagraph("一、总体要求")}</w:body></w:document>`;
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    const be = new Uint8Array(Buffer.from(xml, "utf16le")).map((_, index, bytes) => bytes[index ^ 1]!);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml.replace("UTF-16", "UTF-8"))]);
    for (const document of [le, new Uint8Array([0xfe, 0xff, ...be]), be, utf8]) {
      expect(text(zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": document }))).toBe("一、总体要求\n");
    }
  });

  it("says what a file saved under a .docx name is when it is no zip", () => {
    const refusal = (content: string) => readDocxAsPlanText(new TextEncoder().encode(content));
    expect(refusal("{\\rtf1\\ansi 一、总体要求}")).toEqual({ ok: false, error: "不是有效的 .docx 文件（实为 RTF 格式，请在 Word 中“另存为” .docx）" });
    expect(refusal('<?xml version="1.0"?><?mso-application progid="Word.Document"?><pkg:package/>')).toEqual({ ok: false, error: "不是有效的 .docx 文件（实为 Word XML 格式，请在 Word 中“另存为” .docx）" });
    expect(refusal("MIME-Version: 1.0\nContent-Type: multipart/related")).toEqual({ ok: false, error: "不是有效的 .docx 文件（实为网页格式（.htm/.mht），请在 Word 中“另存为” .docx）" });
  });

  it("refuses, quickly and in Chinese, a hostile file whose text would grow far past its XML", () => {
    const bomb = (body: string) => {
      const started = performance.now();
      const result = readDocxAsPlanText(partsDocx(body), NO_RATIO);
      expect(performance.now() - started).toBeLessThan(10_000);
      return result;
    };
    const refused = { ok: false, error: expect.stringMatching(/^word\/document\.xml 展开后的文字超过 \d+ 万字，远多于文件本身所含，疑似恶意构造的文件$/) };
    // A merged cell of 100,000 characters spanning 20,000 rows: its text on its first row only, as Word's copy gives it, so nothing grows.
    const merged = [[wordCell([wordParagraph("质".repeat(100_000))], '<w:vMerge w:val="restart"/>'), wordCell([wordParagraph("甲")])], ...Array.from({ length: 20_000 }, () => [wordCell([], "<w:vMerge/>"), wordCell([wordParagraph("乙")])])];
    expect(bomb(wordTable(merged))).toEqual({ ok: true, text: `${"质".repeat(100_000)}\t甲\n${"\t乙\n".repeat(20_000)}`, paragraphMap: expect.any(Array) });
    // What a real document repeats, a list's markers on empty paragraphs, is no growth the reader refuses.
    const numbering = numberingXml(`<w:abstractNum w:abstractNumId="0">${wordLevel(0, "decimal", "%1.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`);
    expect(readDocxAsPlanText(partsDocx(numberedParagraph(1, 0, "").repeat(3), { "word/numbering.xml": numbering }))).toEqual({ ok: true, text: "1.\n2.\n3.\n", paragraphMap: [1, 2, 3] });
    // Tables nested 3,000 deep, each a cell beside the one it nests.
    expect(bomb(`<w:tbl><w:tr><w:tc>`.repeat(3_000) + wordParagraph("内") + `</w:tc>${wordCell([wordParagraph("外")])}</w:tr></w:tbl>`.repeat(3_000))).toEqual(refused);
    // Spans past Word's 63 columns are Word's 63.
    const span = bomb(wordTable([[wordCell([wordParagraph("甲")], '<w:gridSpan w:val="2000000000"/>'), wordCell([wordParagraph("乙")])]], ['<w:gridBefore w:val="2000000000"/><w:gridAfter w:val="99999999"/>']));
    expect(span).toEqual({ ok: true, text: `${"\t".repeat(63)}甲${"\t".repeat(63)}乙${"\t".repeat(63)}\n`, paragraphMap: [1] });
  });

  it("reads XML nested 100,000 elements deep", () => {
    const deep = `<w:p>${"<w:hyperlink>".repeat(100_000)}<w:r><w:t>深</w:t></w:r>${"</w:hyperlink>".repeat(100_000)}</w:p>`;
    expect(text(partsDocx(deep))).toBe("深\n");
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { PositionMapper } from "../../server/src/core/text/positions";

// Texts of line breaks of every kind (CRLF, lone CR, LF, CR CR LF…), surrogate pairs and plain characters.
const text = fc.array(fc.constantFrom("\r\n", "\r", "\n", "\n\r", "𠀀", "质", "a", " ", "\u2028"), { maxLength: 60 }).map((pieces) => pieces.join(""));

describe("PositionMapper", () => {
  it("maps offsets and positions exactly as vscode-languageserver-textdocument does", () => {
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -3, max: 130 }), { maxLength: 20 }), fc.array(fc.record({ line: fc.integer({ min: -2, max: 40 }), character: fc.integer({ min: -2, max: 12 }) }), { maxLength: 20 }), (value, offsets, positions) => {
        const document = TextDocument.create("plan:text", "policy-plan", 0, value);
        const mapper = new PositionMapper(value);
        expect(mapper.lineCount).toBe(document.lineCount);
        for (let offset = -1; offset <= value.length + 1; offset++) expect(mapper.positionAt(offset)).toEqual(document.positionAt(offset));
        for (const offset of offsets) expect(mapper.positionAt(offset)).toEqual(document.positionAt(offset));
        for (const position of positions) expect(mapper.offsetAt(position)).toBe(document.offsetAt(position));
        for (let line = 0; line < document.lineCount; line++) {
          for (let character = 0; character < 6; character++) expect(mapper.offsetAt({ line, character })).toBe(document.offsetAt({ line, character }));
        }
      }),
      { numRuns: Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) },
    );
  });

  it("maps a large plan's findings as TextDocument does", () => {
    const value = "一、总体要求\r\n（一）指导思想。\n推进质量强市建设。\r".repeat(3000);
    const document = TextDocument.create("plan:text", "policy-plan", 0, value);
    const mapper = new PositionMapper(value);
    for (let offset = 0; offset <= value.length; offset += 97) expect(mapper.positionAt(offset)).toEqual(document.positionAt(offset));
    expect(mapper.rangeOf({ start: 5, end: value.length })).toEqual({ start: document.positionAt(5), end: document.positionAt(value.length) });
  });
});

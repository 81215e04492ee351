import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { framedJsonBytes } from "../../server/src/lsp/jsonBytes";
import { analyze } from "../../server/src/core/analyze";
import { PositionMapper } from "../../server/src/core/text/positions";
import { toDiagnostic } from "../../server/src/lsp/diagnostics";
import { spanFix } from "../../server/src/core/fixes/fix";
import { seedsOf } from "../support/generatedPlans";

const runs = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000);
/** The JSON a framed message carries: what follows its header's blank line. */
const jsonBytes = (value: unknown): Buffer => {
  const framed = framedJsonBytes(value);
  return framed.subarray(framed.indexOf("\r\n\r\n") + 4);
};
const stringified = (value: unknown) => Buffer.from(JSON.stringify(value));

/** Strings as protocol messages carry them, and the ones JSON must escape. */
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom("的", "“", "\u2028", "\ud800", "\udc00", "😀", '"', "\\", "\n", "\u0000", "\u007f", "a", "é") }),
  fc.constantFrom("plancheck", "units/unknown", "第2级编号写法不一致：本文多写作“(一)”", "x".repeat(600), "质".repeat(600)),
);
/** What a message may hold, and what JSON.stringify treats specially. */
const member = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.double(),
    fc.constantFrom(0, -0, 1e21, 1e-7, 123456789, 999999999, 1e9, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, undefined),
    fc.integer(),
    fc.constant(() => 1),
    fc.constant(Symbol("s")),
    fc.date({ noInvalidDate: true }),
    fc.constant(spanFix("改", 0, 1, "改")),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(text, tie("value"), { maxKeys: 5 }),
    fc.dictionary(text, tie("value"), { maxKeys: 3, noNullPrototype: false }),
  ),
})).value;

describe("jsonBytes: a message's JSON as UTF-8", () => {
  it("gives exactly the bytes of JSON.stringify, for any value a message may hold", () => {
    fc.assert(
      fc.property(member, (value) => {
        fc.pre(value !== undefined && typeof value !== "function" && typeof value !== "symbol");
        expect(jsonBytes(value).toString("hex")).toBe(stringified(value).toString("hex"));
        // Again: strings now come from the memo.
        expect(jsonBytes(value).toString("hex")).toBe(stringified(value).toString("hex"));
      }),
      { numRuns: runs },
    );
  });

  it("writes a plan's diagnostics as JSON.stringify does, keystroke after keystroke", () => {
    const plan = seedsOf(100_000);
    for (const edited of [plan, plan.replace("一、", "一、的"), plan]) {
      const mapper = new PositionMapper(edited);
      const message = {
        jsonrpc: "2.0",
        method: "textDocument/publishDiagnostics",
        params: { uri: "file:///工作/赣州.plan", version: 3, diagnostics: analyze(edited).findings.map((finding) => toDiagnostic(finding, mapper)) },
      };
      expect(message.params.diagnostics.length).toBeGreaterThan(100);
      expect(jsonBytes(message).equals(stringified(message))).toBe(true);
    }
  });

  it("hands out bytes of their own: a later message never overwrites an earlier one's", () => {
    const first = jsonBytes({ message: "第一条".repeat(30_000) });
    const copy = Buffer.from(first);
    jsonBytes({ message: "第二条".repeat(30_000), more: [1, 2, 3] });
    expect(first.equals(copy)).toBe(true);
  });

  it("throws where JSON.stringify throws", () => {
    expect(() => jsonBytes({ big: 1n })).toThrow();
  });
});

describe("framedJsonBytes: a message with its base-protocol header", () => {
  it("is the Content-Length header of the JSON's byte count, a blank line, and the JSON", () => {
    fc.assert(
      fc.property(member, (value) => {
        const message = { jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: value };
        const json = stringified(message);
        expect(framedJsonBytes(message).equals(Buffer.concat([Buffer.from(`Content-Length: ${json.length}\r\n\r\n`, "ascii"), json]))).toBe(true);
      }),
      { numRuns: runs },
    );
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PlanDocument } from "../../server/src/core/model/types";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { withPageNumbers } from "../support/pdfCut";

/**
 * A WPS copy, or a PDF's text layer, writes the figures of a document's furniture in full-width
 * digits (U+FF10–FF19): the 发文字号 (`赣市府办字〔２０２５〕１２号`), the 签发人's line, a page's
 * number (`—　３　—`), a page's metadata. The model reads them as it reads the half-width ones:
 * the same title, regions and lines set apart; the only finding more is text/full-width-alnum's.
 */
const fullWidth = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));

/** What a reader sees of the plan's shape: each line's kind, the regions, the title and metadata. */
function shape(text: string): unknown {
  const { plan, findings } = analyze(text);
  return {
    kinds: plan.lines.map((line) => (line.kind === "text" ? `text:${line.textKind}` : line.kind)),
    title: plan.title?.text ?? null,
    metadata: { ...plan.metadata, docNumber: halfWidthOf(plan.metadata.docNumber) },
    regions: regionsOf(plan),
    findings: findings.filter((finding) => finding.rule !== "text/full-width-alnum").map((finding) => `${finding.rule}@${finding.start}`),
  };
}

const halfWidthOf = (value: unknown) => (typeof value === "string" ? value.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)) : value);

function regionsOf(plan: PlanDocument): unknown {
  const span = (block: { start: number; end: number } | null | undefined) => (block ? [block.start, block.end] : null);
  return {
    prelude: span(plan.prelude),
    preamble: span(plan.preamble),
    dateLine: span(plan.dateLine),
    debris: plan.leadingDebris?.lines.map((line) => line.start) ?? [],
    items: plan.allItems.length,
    signature: span(plan.signature),
    trailer: span(plan.trailer),
  };
}

/** `text` with the given lines' digits full-width (the offsets stay: one code unit for one). */
function withFullWidthLines(text: string, chosen: (line: string) => boolean): string {
  return text
    .split("\n")
    .map((line) => (chosen(line) ? fullWidth(line) : line))
    .join("\n");
}

const PAGE_LINE = /^— \d+ —$/;
const DOC_NUMBER = /^[\u4e00-\u9fff]+〔\d{4}〕\d+号$/;

describe("full-width digits in a document's furniture", () => {
  it.each(SEED_NAMES)("%s: 文号 and page numbers read alike in either width", (name) => {
    const text = withPageNumbers(readSeed(name), 25);
    const wide = withFullWidthLines(text, (line) => PAGE_LINE.test(line) || DOC_NUMBER.test(line)).replace(/^— (\S+) —$/gm, "—\u3000$1\u3000—");
    expect(wide).not.toBe(text);
    expect(shape(wide)).toEqual(shape(text.replace(/^— (\S+) —$/gm, "—\u3000$1\u3000—")));
  });

  const NOTICE = [
    "示例市人民政府办公室文件",
    "",
    "{number}",
    "",
    "示例市人民政府办公室关于印发示例市深化质量强市建设实施方案的通知",
    "",
    "各县（市、区）人民政府，市政府各部门：",
    "经市政府同意，现将《示例市深化质量强市建设实施方案》印发给你们，请认真贯彻执行。",
    "",
    "示例市人民政府办公室",
    "2025年3月8日",
    "",
    "示例市深化质量强市建设实施方案",
    "为深入贯彻落实《质量强国建设纲要》，制定本方案。",
    "一、总体要求",
    "（一）主要目标。到2027年，质量整体水平进一步提升。",
    "二、重点任务",
    "（一）夯实质量基础。加强计量基础设施建设。〔责任单位：市市场监管局〕",
    "",
  ].join("\n");

  it.each([
    ["a bare 文号", "赣市府办字〔2025〕12号"],
    ["a 文号 in brackets", "（赣市府办字〔2025〕12号）"],
    ["a 文号 with 第", "赣市府办字〔2025〕第12号"],
    ["a 文号 and its 签发人", "赣市监字〔2025〕12号　　签发人：张三"],
  ])("%s under the issuer's mark reads alike in either width", (_, number) => {
    const text = NOTICE.replace("{number}", number);
    const wide = NOTICE.replace("{number}", fullWidth(number));
    expect(shape(wide)).toEqual(shape(text));
  });

  it("a page's metadata whose 文号 and count stand under their labels read alike in either width", () => {
    const page = ["发文字号", "赣市府办字〔2025〕12号", "成文日期", "2025年03月08日", "浏览次数", "356", "", "示例市深化质量强市建设实施方案", ...NOTICE.split("\n").slice(13)].join("\n");
    const wide = page.split("\n").map((line, i) => (i === 1 || i === 3 || i === 5 ? fullWidth(line) : line)).join("\n");
    expect(shape(wide)).toEqual(shape(page));
  });
});

describe("a 成文日期 in full-width digits", () => {
  const wide = (text: string) => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  it.each(["2025年3月8日", "2025年03月08日", "2025.3.8", "2025．3．8"])("%s alone on its line is the date line it is in either width", (date) => {
    const text = `示例市人民政府办公室\n${date}\n`;
    const half = analyze(text).plan.lines[1]!;
    const full = analyze(wide(text)).plan.lines[1]!;
    expect(full.kind === "text" && full.textKind).toBe(half.kind === "text" && half.textKind);
  });

  it("dates the plan as the half-width one does, and structure/date-form leaves the width to text/full-width-alnum", () => {
    const text = ["示例市人民政府办公室关于印发示例市深化质量强市建设实施方案的通知", "各县（市、区）人民政府：", "现将《示例市深化质量强市建设实施方案》印发给你们，请认真贯彻执行。", "示例市人民政府办公室", "２０２５年３月８日", "", "示例市深化质量强市建设实施方案", "一、总体要求", "（一）主要目标。到2027年，质量整体水平进一步提升。", ""].join("\n");
    const { plan, findings } = analyze(text);
    expect(plan.lines[4]!.kind === "text" && plan.lines[4]!.textKind).toBe("date");
    expect(findings.filter((finding) => finding.rule === "structure/date-form")).toEqual([]);
    const padded = analyze(text.replace("２０２５年３月８日", "２０２５年０３月０８日")).findings.filter((finding) => finding.rule === "structure/date-form");
    expect(padded.map((finding) => finding.fix?.edits[0]?.newText)).toEqual(["2025年3月8日"]);
  });
});

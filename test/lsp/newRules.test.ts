import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const FIXTURES = join(__dirname, "..", "rules", "fixtures");

/**
 * The rules added for text as users paste it and for annotations, in the editor: each fixture
 * (the one the rule's fixture test reads) opened in the real server gives the rule's diagnostic,
 * and a rule that fixes offers its fix as a quick fix on it.
 */
const CASES: Array<{ rule: string; fixture: string; fixTitle: string | null }> = [
  { rule: "structure/page-number", fixture: "structure/page-number.plan", fixTitle: "删除" },
  { rule: "structure/hard-wrap", fixture: "structure/hard-wrap.plan", fixTitle: "" },
  { rule: "structure/date-form", fixture: "structure/date-form.plan", fixTitle: "" },
  { rule: "numbering/marker-typo", fixture: "numbering/marker-typo.plan", fixTitle: "" },
  { rule: "numbering/table-serial", fixture: "numbering/table-serial.plan", fixTitle: "重新编写序号" },
  { rule: "units/clause-line-break", fixture: "units/clause-line-break.plan", fixTitle: "" },
  { rule: "xref/unrelated-section", fixture: "xref/unrelated-section.plan", fixTitle: null },
  { rule: "xref/short-title", fixture: "xref/short-title.plan", fixTitle: "以下简称" },
  { rule: "text/invisible-char", fixture: "text/invisible-char.plan", fixTitle: "删除看不见的字符" },
  { rule: "structure/duplicate-task", fixture: "structure/duplicate-task.plan", fixTitle: null },
  { rule: "structure/empty-task", fixture: "structure/empty-task.plan", fixTitle: null },
  { rule: "structure/repeated-title", fixture: "structure/repeated-title.plan", fixTitle: "删除前一处重复的标题" },
  { rule: "xref/title-marks", fixture: "xref/title-marks.plan", fixTitle: "书名号" },
  { rule: "xref/annotation-form", fixture: "xref/annotation-form.plan", fixTitle: "改为" },
  { rule: "units/label-separator", fixture: "units/label-separator.plan", fixTitle: "分号" },
  { rule: "structure/deadline-period", fixture: "structure/deadline-period.plan", fixTitle: null },
  { rule: "structure/repeated-paste", fixture: "structure/repeated-paste.plan", fixTitle: "删除重复粘贴" },
  { rule: "structure/review-markup", fixture: "structure/review-markup.plan", fixTitle: "批注框" },
  { rule: "structure/markdown-marks", fixture: "structure/markdown-marks.plan", fixTitle: "Markdown" },
  { rule: "text/ocr-digit", fixture: "text/ocr-digit.plan", fixTitle: "改为" },
  { rule: "targets/weaker-than-baseline", fixture: "targets/weaker-than-baseline.plan", fixTitle: null },
  { rule: "targets/wrong-direction", fixture: "targets/wrong-direction.plan", fixTitle: null },
  { rule: "targets/part-exceeds-whole", fixture: "targets/part-exceeds-whole.plan", fixTitle: null },
  { rule: "numbering/doubled-mark", fixture: "numbering/doubled-mark-repeated.plan", fixTitle: "" },
  { rule: "xref/unknown-section", fixture: "xref/unknown-section-cited.plan", fixTitle: null },
  { rule: "text/field-code", fixture: "text/field-code.plan", fixTitle: "域代码" },
  { rule: "text/full-width-alnum", fixture: "text/full-width-alnum.plan", fixTitle: "半角" },
  { rule: "units/other-place", fixture: "units/other-place.plan", fixTitle: "改为" },
  { rule: "xref/expired-basis", fixture: "xref/expired-basis.plan", fixTitle: null },
  { rule: "punct/stacked", fixture: "punct/stacked.plan", fixTitle: "只保留" },
  { rule: "structure/table-of-contents", fixture: "structure/table-of-contents.plan", fixTitle: "删除目录" },
  { rule: "text/html-markup", fixture: "text/html-markup.plan", fixTitle: "网页标签" },
  { rule: "xref/issuer", fixture: "xref/issuer.plan", fixTitle: null },
  { rule: "text/misspelling", fixture: "text/misspelling.plan", fixTitle: "改为" },
  { rule: "structure/addressee-colon", fixture: "structure/addressee-colon.plan", fixTitle: "全角冒号" },
  { rule: "numbering/marker-space", fixture: "numbering/marker-space.plan", fixTitle: "删除编号后的空格" },
  { rule: "punct/year-range", fixture: "punct/year-range.plan", fixTitle: "一字线" },
  { rule: "xref/attachment-ref", fixture: "xref/attachment-ref.plan", fixTitle: null },
  { rule: "xref/attachment-list", fixture: "xref/attachment-list-unlisted.plan", fixTitle: "补列" },
  { rule: "xref/attachment-order", fixture: "xref/attachment-order.plan", fixTitle: null },
  { rule: "xref/section-ref", fixture: "xref/section-ref.plan", fixTitle: null },
  { rule: "text/symbol-font-char", fixture: "text/symbol-font-char.plan", fixTitle: null },
  { rule: "text/symbol-font-char", fixture: "text/symbol-font-char-bullets.plan", fixTitle: "改为" },
  { rule: "xref/attachment-order", fixture: "xref/attachment-order-notice.plan", fixTitle: null },
  { rule: "xref/attachment-list", fixture: "xref/attachment-list-notice.plan", fixTitle: null },
];

describe("the rules for pasted text and annotations in the language server", () => {
  for (const { rule, fixture, fixTitle } of CASES) {
    it(`${rule}: a diagnostic${fixTitle === null ? "" : " and its quick fix"}`, async () => {
      server = await startInProcessServer();
      const uri = `file:///work/${fixture.replace("/", "-")}`;
      server.open(uri, readFileSync(join(FIXTURES, fixture), "utf8"));
      // Slow rules (xref/unrelated-section) run on open too, after the fast ones.
      const diagnostics = await server.diagnostics(uri, (all) => all.some((d) => d.code === rule));
      const found = diagnostics.find((d) => d.code === rule)! as Diagnostic;
      expect(found.source).toBe("plancheck");
      expect(found.message).toMatch(/[\u4e00-\u9fff]/);
      if (fixTitle === null) return;
      const actions = (await server.client.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: found.range,
        context: { diagnostics: [found] },
      })) as Array<{ title: string; kind?: string; diagnostics?: Diagnostic[] }>;
      const fixes = actions.filter((action) => action.kind === "quickfix" && action.diagnostics?.some((d) => d.code === rule));
      expect(fixes.length, `${rule} offers a quick fix`).toBeGreaterThan(0);
      expect(fixes.some((action) => action.title.includes(fixTitle))).toBe(true);
    });
  }
});

describe("text/invisible-char's fix-all in the language server", () => {
  it("beside any of its findings, one action deletes every invisible character of the document", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/pasted.plan";
    const text = "一、总体要求\n\u200b（一）指导思想\n推进质量\u200b强市建设。〔责任单位：市市场\u2060监管局〕\n坚持质量第一\u200b\u200c。\n";
    server.open(uri, text);
    const diagnostics = await server.diagnostics(uri, (all) => all.some((d) => d.code === "text/invisible-char"));
    const found = diagnostics.filter((d) => d.code === "text/invisible-char");
    expect(found).toHaveLength(4);
    const actions = (await server.client.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: found[1]!.range,
      context: { diagnostics: [found[1]] },
    })) as CodeAction[];
    const all = actions.find((action) => action.title === "删除全文 4 处看不见的字符")!;
    expect(all.kind).toBe("quickfix");
    const edits = (all.edit?.changes?.[uri] ?? []) as TextEdit[];
    expect(TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 0, text), edits)).toBe(text.replace(/\p{Cf}/gu, ""));
  });
});

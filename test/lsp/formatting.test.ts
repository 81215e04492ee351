import { afterEach, describe, expect, it } from "vitest";
import type { TextEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { FEATURES } from "../../server/src/lsp/features/index";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed } from "../support/seeds";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const OPTIONS = { tabSize: 4, insertSpaces: true };

function apply(uri: string, text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "policy-plan", 0, text), edits);
}

async function format(uri: string): Promise<TextEdit[]> {
  return (await server!.client.sendRequest("textDocument/formatting", { textDocument: { uri }, options: OPTIONS })) as TextEdit[];
}

const DRAFT = ["一、总体要求", "(一)指导思想", "坚持质量第一,效益优先;推进省 级质量强市建设(2023—2025年)。。", "热线服务时间为8:30至17:30,网址:https://www.example.gov.cn/a,b。", ""].join("\n");

describe("document formatting in the language server", () => {
  it("announces document and range formatting", () => {
    const capabilities = Object.assign({}, ...FEATURES.map((feature) => feature.capabilities));
    expect(capabilities).toMatchObject({ documentFormattingProvider: true, documentRangeFormattingProvider: true });
  });

  it("formats punctuation and spaces only, leaves markers to the numbering fixes, and is idempotent", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/draft.plan";
    server.open(uri, DRAFT);
    const edits = await format(uri);
    const formatted = apply(uri, DRAFT, edits);
    expect(formatted).toBe(
      ["一、总体要求", "(一)指导思想", "坚持质量第一，效益优先；推进省级质量强市建设（2023—2025年）。", "热线服务时间为8:30至17:30，网址：https://www.example.gov.cn/a,b。", ""].join("\n"),
    );
    server.open(uri, formatted, 2);
    expect(await format(uri)).toEqual([]);
  });

  it("leaves no space next to a full-width mark, whatever stands before the space (a figure, %, a Latin word)", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/spaces.plan";
    const text = ["一、总体要求", "（一）主要目标", "覆盖率达到80 % 。推进ISO 9001 ，开展（ 质量 ）监管 。完成任务。推进“ 质量月 ”活动,GDP )增长，新建（　　）个。", ""].join("\n");
    server.open(uri, text);
    const formatted = apply(uri, text, await format(uri));
    expect(formatted.split("\n")[2]).toBe("覆盖率达到80 %。推进ISO 9001，开展（质量）监管。完成任务。推进“质量月”活动，GDP）增长，新建（　　）个。");
    server.open(uri, formatted, 2);
    expect(await format(uri)).toEqual([]);
  });

  it("formats only the selected range", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/range.plan";
    server.open(uri, DRAFT);
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } };
    const edits = (await server.client.sendRequest("textDocument/rangeFormatting", { textDocument: { uri }, range, options: OPTIONS })) as TextEdit[];
    expect(edits.every((edit) => edit.range.start.line === 3 && edit.range.end.line === 3)).toBe(true);
    expect(apply(uri, DRAFT, edits)).toBe(DRAFT.replace("17:30,网址:", "17:30，网址："));
  });

  it("formats the Fuzhou draft's half-width marks and its `省 级` in one request (280 edits)", async () => {
    server = await startInProcessServer();
    const uri = "file:///work/fuzhou.plan";
    const text = readSeed("fuzhou-2023-draft");
    server.open(uri, text);
    const edits = await format(uri);
    expect(edits).toHaveLength(280);
    const formatted = apply(uri, text, edits);
    expect(formatted).toContain("(一)指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻落实");
    expect(formatted).toContain("建成省级“5G+工业互联网”");
    server.open(uri, formatted, 2);
    expect(await format(uri)).toEqual([]);
  });
});

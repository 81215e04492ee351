import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { analyze } from "../../server/src/core/analyze";
import { runPlancheck } from "../support/cli";
import { openAnalysed, startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * The editor on real plans: the five seeds and the new kinds of plan opened as a drafter opens
 * them, every language feature asked as the editor asks it, and its answer held to what the CLI
 * and the core say about the same text.
 */
const NEW_DIR = join(__dirname, "..", "fixtures", "plans-new");
const NEW_NAMES = ["county-quality-action", "city-work-points", "province-brand"] as const;
const PLANS: Array<[string, string]> = [
  ...SEED_NAMES.map((name): [string, string] => [name, readSeed(name)]),
  ...NEW_NAMES.map((name): [string, string] => [name, readFileSync(join(NEW_DIR, `${name}.plan`), "utf8")]),
];
const SEVERITY = ["", "error", "warning", "info", "hint"] as const;

let server: InProcessServer;
beforeAll(async () => {
  server = await startInProcessServer(null, {
    textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } }, dataSupport: true, resolveSupport: { properties: ["edit"] } } },
  });
});
afterAll(async () => {
  await server.dispose();
});

const uriOf = (name: string) => `file:///work/real/${name}.plan`;

/** Opens the plan and waits until every rule has run and its diagnostics are published. */
function openAll(name: string, text: string): Promise<Diagnostic[]> {
  return openAnalysed(server, uriOf(name), text);
}

async function cli(args: string[], text: string): Promise<any> {
  // `outline` reads files only: the text goes to a folder of its own, so no parent is found beside it.
  const folder = mkdtempSync(join(tmpdir(), "real-plan-"));
  const file = join(folder, "plan.plan");
  writeFileSync(file, text);
  const { out } = await runPlancheck([...args, "--no-config", "--format", "json", file]);
  return JSON.parse(out);
}

function positionOf(text: string, needle: string, after = 0): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`not in the plan: ${needle}`);
  const document = TextDocument.create("file:///x", "policy-plan", 1, text);
  return document.positionAt(offset + after);
}

describe.each(PLANS)("%s in the editor", (name, text) => {
  const uri = uriOf(name);

  it("publishes the diagnostics plancheck check reports for the same text", async () => {
    const diagnostics = await openAll(name, text);
    const fromCli = (await cli(["check", "--report-unused-disable-directives-severity", "hint"], text)).files[0].findings as Array<{ rule: string; severity: string; message: string; range: Diagnostic["range"] }>;
    const served = diagnostics.map((d) => JSON.stringify([d.code, SEVERITY[d.severity ?? 1], d.range, d.message])).sort();
    expect(served).toEqual(fromCli.map((f) => JSON.stringify([f.rule, f.severity, f.range, f.message])).sort());
  });

  it("shows the outline plancheck outline prints", async () => {
    await openAll(name, text);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
    const outline = await cli(["outline"], text);
    const shape = (entry: any): unknown => [entry.range, entry.children.map(shape)];
    const symbolShape = (symbol: DocumentSymbol): unknown => [symbol.range, (symbol.children ?? []).map(symbolShape)];
    const body = symbols.filter((s) => s.detail !== "标题" && !s.detail?.startsWith("标题 ") && s.detail !== "附件");
    expect(body.map(symbolShape)).toEqual(outline.items.map(shape));
    const names = (entry: any): unknown => [entry.kind === "part" ? null : `${entry.marker}${entry.title || "（无标题）"}`, entry.children.map(names)];
    const symbolNames = (symbol: DocumentSymbol): unknown => [symbol.detail === "部分" ? null : symbol.name.replace(/ /g, ""), (symbol.children ?? []).map(symbolNames)];
    expect(body.map(symbolNames)).toEqual(outline.items.map((e: any) => names(e)).map((x: any) => JSON.parse(JSON.stringify(x).replace(/ /g, ""))));
    const attachments = symbols.filter((s) => s.detail === "附件");
    expect(attachments.map((s) => [s.range, (s.children ?? []).map(symbolShape)])).toEqual((outline.attachments ?? []).map((a: any) => [a.range, a.items.map(shape)]));
    if (outline.title) expect(symbols[0]!.name).toBe(outline.title);
  });

  it("folds every item that spans lines", async () => {
    await openAll(name, text);
    const outline = await cli(["outline"], text);
    const ranges = (await server.client.sendRequest("textDocument/foldingRange", { textDocument: { uri } })) as FoldingRange[];
    const folds = new Set(ranges.map((r) => r.startLine));
    const missing: string[] = [];
    const walk = (entry: any) => {
      if (entry.range.end.line > entry.range.start.line && !folds.has(entry.range.start.line)) missing.push(`${entry.marker}${entry.title}@${entry.range.start.line}`);
      entry.children.forEach(walk);
    };
    outline.items.forEach(walk);
    expect(missing).toEqual([]);
    for (const range of ranges) expect(range.endLine).toBeGreaterThan(range.startLine);
  });

  it("offers quick fixes and suggestions that, picked, remove their finding and bring no other of their rule", async () => {
    const diagnostics = await openAll(name, text);
    const seen = new Set<string>();
    const problems: string[] = [];
    const before = analyze(text).findings;
    const count = (findings: readonly { rule: string; message: string }[], rule: string, message?: string) => findings.filter((f) => f.rule === rule && (message === undefined || f.message === message)).length;
    for (const diagnostic of diagnostics) {
      const rule = String(diagnostic.code);
      if (seen.has(rule)) continue;
      const actions = (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ["quickfix"] } })) as CodeAction[];
      // Every fix and suggestion offered for the finding, not the suppressions.
      const fixes = actions.filter((a) => a.kind === "quickfix" && (a.diagnostics ?? []).some((d) => d.code === rule && d.message === diagnostic.message && d.range.start.line === diagnostic.range.start.line && d.range.start.character === diagnostic.range.start.character) && !/禁用|plancheck-disable|忽略/.test(a.title));
      if (fixes.length === 0) continue;
      seen.add(rule);
      for (const fix of fixes) {
        const resolved = fix.edit ? fix : ((await server.client.sendRequest("codeAction/resolve", fix)) as CodeAction);
        const where = `${rule} “${fix.title}” @${diagnostic.range.start.line}`;
        if (!resolved.edit) {
          problems.push(`${where}: offered, refused when picked`);
          continue;
        }
        const document = TextDocument.create(uri, "policy-plan", 1, text);
        const fixed = TextDocument.applyEdits(document, editsOf(resolved.edit, uri));
        const after = analyze(fixed).findings;
        if (count(after, rule, String(diagnostic.message)) >= count(before, rule, String(diagnostic.message))) problems.push(`${where} leaves: ${diagnostic.message}`);
        if (count(after, rule) >= count(before, rule)) problems.push(`${where}: as many findings of its rule after as before`);
      }
    }
    expect(problems).toEqual([]);
  });
});

function editsOf(edit: WorkspaceEdit, uri: string): TextEdit[] {
  if (edit.changes) return edit.changes[uri] ?? [];
  return (edit.documentChanges ?? []).flatMap((change: any) => (change.textDocument?.uri === uri ? change.edits : []));
}

/** The county's plan, as a drafter edits it on: a task that cites the plan's third part and the outline's item. */
const COUNTY = readFileSync(join(NEW_DIR, "county-quality-action.plan"), "utf8");
const TASK = "（一）推动纺织服装产业提质升级。";
const EDITED = COUNTY.replace(TASK, "（一）推动纺织服装产业提质升级，保障措施按本方案第三部分落实。").replace(/(〔责任单位：县工信局、县市场监管局、县科技局、县工信局〕)/, "$1〔对应纲要：（七）〕");

async function ask<T>(name: string, text: string, method: string, needle: string, after: number, extra: object = {}): Promise<T> {
  await openAll(name, text);
  return (await server.client.sendRequest(method, { textDocument: { uri: uriOf(name) }, position: positionOf(text, needle, after), ...extra })) as T;
}

const hoverValue = (hover: Hover | null) => (hover?.contents as { value: string } | undefined)?.value ?? "";

describe("a drafter's questions on the county's plan", () => {
  it("edits a task as the test says it does", () => {
    expect(EDITED).not.toBe(COUNTY);
    expect(EDITED).toContain("〔对应纲要：（七）〕");
  });

  it("hovers a unit with its full name at the plan's level", async () => {
    const value = hoverValue(await ask<Hover>("county", COUNTY, "textDocument/hover", "县市场监管局、县质监局", 2));
    expect(value).toContain("**县市场监管局**（于都县市场监督管理局）");
  });

  it("hovers a target with the outline's figure it falls short of", async () => {
    const province = readFileSync(join(NEW_DIR, "province-brand.plan"), "utf8");
    const value = hoverValue(await ask<Hover>("province-brand", province, "textDocument/hover", "制造业质量竞争力指数", 2));
    expect(value).toContain("**制造业质量竞争力指数**");
    expect(value).toContain("纲要（2025年）：达到86；本方案：85，低于纲要的86");
  });

  it("hovers a reference to the plan's own part and goes to its heading", async () => {
    expect(hoverValue(await ask<Hover>("county-edited", EDITED, "textDocument/hover", "本方案第三部分", 4))).toContain("三、保障措施");
    const location = await ask<{ range: { start: Position } }>("county-edited", EDITED, "textDocument/definition", "本方案第三部分", 4);
    expect(location.range.start).toEqual(positionOf(EDITED, "三、保障措施"));
  });

  it("hovers a 〔对应纲要：…〕 annotation with the outline's item", async () => {
    const value = hoverValue(await ask<Hover>("county-edited", EDITED, "textDocument/hover", "对应纲要：（七）", 6));
    expect(value).toContain("（七）提高产业质量竞争水平");
  });

  it("completes a clause with the county's departments, none the clause lists", async () => {
    const clause = "〔责任单位：县市场监管局、县质监局、县公安局、各乡镇人民政府〕";
    const at = COUNTY.indexOf(clause);
    const text = `${COUNTY.slice(0, at)}〔责任单位：县市场监管局、县公安局、${COUNTY.slice(at + clause.length - 1)}`;
    const list = await ask<CompletionList>("county-typing", text, "textDocument/completion", "〔责任单位：县市场监管局、县公安局、", "〔责任单位：县市场监管局、县公安局、".length, { context: { triggerKind: 2, triggerCharacter: "、" } });
    const labels = list.items.map((item) => item.label);
    expect(labels).toContain("县工信局");
    expect(labels).not.toContain("县市场监管局");
    expect(labels).not.toContain("县公安局");
    // The county's own departments first; the city's (which a county's plan may name) only after
    // them (unitCandidates.ts: the level above at equal match).
    const firstOther = labels.findIndex((label) => label.startsWith("市"));
    expect(firstOther).toBeGreaterThan(10);
    expect(labels.slice(firstOther).filter((label) => label.startsWith("县"))).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("renames a unit everywhere the plan names it, the 分工表 too", async () => {
    const edit = await ask<WorkspaceEdit>("county", COUNTY, "textDocument/rename", "县公安局", 1, { newName: "县公安分局" });
    const renamed = TextDocument.applyEdits(TextDocument.create(uriOf("county"), "policy-plan", 1, COUNTY), editsOf(edit, uriOf("county")));
    expect(renamed).not.toContain("县公安局");
    expect(renamed.split("县公安分局").length).toBe(COUNTY.split("县公安局").length);
  });
});

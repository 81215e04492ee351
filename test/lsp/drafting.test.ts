import { afterEach, describe, expect, it } from "vitest";
import type { CodeAction, CompletionList, Diagnostic, Hover, Location, Position, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

/**
 * Drafting sessions as a drafting team works in the editor: a realistic plan opened, edited by
 * incremental changes (an item inserted in the middle of a run, one deleted, a chapter moved, an
 * item promoted, attachments swapped), then the numbering actions picked, and the numbering and
 * every reference of the plan to itself checked after them.
 */

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

const PLAN = [
  "示例市质量强市建设实施方案（2024—2027年）",
  "为深入贯彻落实《质量强国建设纲要》，推动质量强市建设再上新台阶，结合我市实际，制定本方案。",
  "一、总体要求",
  "（一）指导思想",
  "以习近平新时代中国特色社会主义思想为指导，坚持质量第一、效益优先，全面提升产品、工程、服务质量。",
  "（二）主要目标",
  "到2027年，全市制造业产品质量合格率达到95%以上，主要指标见附件1，重点任务分工见附件2。",
  "二、重点任务",
  "（一）推动产业质量升级。实施制造业质量提升行动，培育一批质量标杆企业。〔责任单位：市工信局、市市场监管局〕",
  "（二）提升产品质量水平。开展重点产品质量攻关，与上述第（四）项统筹推进。〔责任单位：市市场监管局〕",
  "（三）提高工程质量水平。落实工程质量安全手册制度，推进智能建造。〔责任单位：市住房城乡建设局〕",
  "（四）提升服务质量水平。实施服务质量提升工程，重点项目见附表1。〔责任单位：市商务局、市文化广电旅游局〕",
  "（五）夯实质量基础设施。加强标准、计量、认证认可、检验检测能力建设。〔责任单位：市市场监管局、市科技局〕",
  "三、保障措施",
  "（一）加强组织领导。市质量强市工作领导小组统筹推进本方案第二部分所列任务，定期调度上述第（五）项进展。〔责任单位：市市场监管局〕",
  "（二）强化督查考核。将质量工作纳入高质量发展综合绩效考核。〔责任单位：市委组织部、市市场监管局〕",
  "",
  "附件：1.主要指标表",
  "      2.重点任务分工表",
  "",
  "示例市人民政府",
  "2024年4月21日",
  "",
  "附件1",
  "主要指标表",
  "一、质量指标",
  "附件2",
  "重点任务分工表",
  "一、任务分工",
  "附表1",
  "重点服务质量提升项目表",
  "",
].join("\n");

/** One open document, edited as an editor sends its changes: the changed stretch only. */
class Draft {
  text: string;
  version = 1;
  constructor(
    readonly server: InProcessServer,
    readonly uri: string,
    text: string,
  ) {
    this.text = text;
    server.open(uri, text, this.version);
  }

  /** Replaces the text with `next`, sent as one incremental change over what differs. */
  edit(next: string): void {
    let start = 0;
    while (start < this.text.length && start < next.length && this.text[start] === next[start]) start++;
    let end = 0;
    while (end < this.text.length - start && end < next.length - start && this.text[this.text.length - 1 - end] === next[next.length - 1 - end]) end++;
    const before = TextDocument.create(this.uri, "policy-plan", this.version, this.text);
    const range = { start: before.positionAt(start), end: before.positionAt(this.text.length - end) };
    this.version++;
    void this.server.client.sendNotification("textDocument/didChange", { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range, text: next.slice(start, next.length - end) }] });
    this.text = next;
  }

  /** The diagnostics published for the current version. */
  async diagnostics(): Promise<Diagnostic[]> {
    return this.server.diagnostics(this.uri, () => this.server.publishedVersion(this.uri) === this.version);
  }

  async actions(range: Diagnostic["range"], diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return (await this.server.client.sendRequest("textDocument/codeAction", { textDocument: { uri: this.uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })) as CodeAction[];
  }

  /** Applies an action's edit (as the editor does) and sends the result as the next change. */
  apply(edit: WorkspaceEdit | undefined): string {
    const edits = (edit?.changes?.[this.uri] ?? []) as TextEdit[];
    expect(edits.length).toBeGreaterThan(0);
    this.edit(TextDocument.applyEdits(TextDocument.create(this.uri, "policy-plan", this.version, this.text), edits));
    return this.text;
  }

  async request<T>(method: string, position: Position, extra: object = {}): Promise<T> {
    return (await this.server.client.sendRequest(method, { textDocument: { uri: this.uri }, position, ...extra })) as T;
  }

  /** The position right after the first occurrence of `before`. */
  after(before: string): Position {
    const at = this.text.indexOf(before);
    expect(at).toBeGreaterThanOrEqual(0);
    return TextDocument.create(this.uri, "policy-plan", this.version, this.text).positionAt(at + before.length);
  }
}

const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

async function open(text = PLAN): Promise<Draft> {
  server = await startInProcessServer();
  const draft = new Draft(server, "file:///work/draft.plan", text);
  await draft.diagnostics();
  return draft;
}

/** Picks the source action that fixes every numbering finding, and applies it. */
async function fixAllNumbering(draft: Draft): Promise<string> {
  await draft.diagnostics();
  const [fixAll] = await draft.actions(WHOLE, [], ["source.fixAll.policyPlan.numbering"]);
  expect(fixAll?.title).toBe("修正全文编号（规范写法、重新编号）");
  return draft.apply(fixAll!.edit);
}

/** The plan opened, its two attachments then swapped with their labels; the attachment-order diagnostics. */
async function openWithAttachmentsSwapped(): Promise<{ draft: Draft; diagnostics: Diagnostic[] }> {
  const draft = await open();
  const first = draft.text.slice(draft.text.indexOf("附件1\n主要指标表"), draft.text.indexOf("附件2\n重点任务分工表"));
  const second = draft.text.slice(draft.text.indexOf("附件2\n重点任务分工表"), draft.text.indexOf("附表1\n"));
  draft.edit(draft.text.replace(first + second, second + first));
  return { draft, diagnostics: (await draft.diagnostics()).filter((d) => d.code === "xref/attachment-order") };
}

const numberingFindings = (text: string) => analyze(text).findings.filter((f) => f.rule.startsWith("numbering/") || f.rule === "xref/section-ref" || f.rule === "xref/attachment-order" || f.rule === "xref/attachment-ref");

describe("drafting a plan in the editor: numbering and references stay right", () => {
  it("inserts a （三） before the old （三）: one renumbering moves （三）–（五） on and the references with them", async () => {
    const draft = await open();
    draft.edit(draft.text.replace("（三）提高工程质量水平", "（三）加强品牌建设。实施品牌培育工程。〔责任单位：市商务局〕\n（三）提高工程质量水平"));
    const diagnostics = await draft.diagnostics();
    const duplicate = diagnostics.find((d) => d.code === "numbering/sequence")!;
    expect(duplicate.message).toBe("编号重复：“（三）”与前一项相同，应为“（四）”");
    const [renumber] = (await draft.actions(duplicate.range, [duplicate])).filter((a) => a.title.startsWith("重新编号本组"));
    expect(renumber!.title).toBe("重新编号本组：改为“（四）”至“（六）”，并更新 2 处引用");
    const fixed = draft.apply(renumber!.edit);
    expect(fixed).toContain("（四）提高工程质量水平");
    expect(fixed).toContain("（六）夯实质量基础设施");
    expect(fixed).toContain("与上述第（五）项统筹推进");
    expect(fixed).toContain("定期调度上述第（六）项进展");
    expect(numberingFindings(fixed)).toEqual([]);
    expect((await draft.diagnostics()).filter((d) => String(d.code).startsWith("numbering/") || String(d.code).startsWith("xref/"))).toEqual([]);
  });

  it("deletes an item: the items after it and the references to them move back", async () => {
    const draft = await open();
    draft.edit(draft.text.replace(/（二）提升产品质量水平.*\n/u, ""));
    const fixed = await fixAllNumbering(draft);
    expect(fixed).toContain("（三）提升服务质量水平");
    expect(fixed).toContain("定期调度上述第（四）项进展");
    expect(numberingFindings(fixed)).toEqual([]);
  });

  it("moves the chapter 三、 above 二、: the renumbering swaps them and 本方案第二部分 still names the tasks", async () => {
    const draft = await open();
    const tasks = draft.text.slice(draft.text.indexOf("二、重点任务"), draft.text.indexOf("三、保障措施"));
    const measures = draft.text.slice(draft.text.indexOf("三、保障措施"), draft.text.indexOf("\n附件："));
    draft.edit(draft.text.replace(tasks + measures, `${measures}${tasks.trimEnd()}`));
    const fixed = await fixAllNumbering(draft);
    expect(fixed.indexOf("二、保障措施")).toBeLessThan(fixed.indexOf("三、重点任务"));
    expect(fixed).toContain("统筹推进本方案第三部分所列任务");
    expect(numberingFindings(fixed)).toEqual([]);
  });

  it("promotes （五） to a chapter of its own, then adds a chapter above 二、: the renumbering says which reference it cannot carry", async () => {
    const draft = await open();
    draft.edit(draft.text.replace("（五）夯实质量基础设施。", "三、夯实质量基础设施\n（一）加强基础建设。"));
    let fixed = await fixAllNumbering(draft);
    expect(fixed).toContain("四、保障措施");
    // （五） is a chapter now: the reference to it names nothing, and the drafter is told so.
    const dangling = ["xref/section-ref：“上述第（五）项”所指的第（五）项不存在（本文件的二级标题为（一）至（四））"];
    expect(numberingFindings(fixed).map((f) => `${f.rule}：${f.message}`)).toEqual(dangling);
    // A new chapter typed above 二、: 本方案第二部分 now names two chapters, and which one the
    // drafter meant only they know — the renumbering leaves it and says so.
    draft.edit(fixed.replace("二、重点任务", "二、工作原则\n（一）坚持问题导向。\n二、重点任务"));
    const duplicate = (await draft.diagnostics()).find((d) => d.code === "numbering/sequence")!;
    expect(duplicate.message).toBe("编号重复：“二、”与前一项相同，应为“三、”");
    const [renumber] = (await draft.actions(duplicate.range, [duplicate])).filter((a) => a.title.startsWith("重新编号本组"));
    expect(renumber!.title).toBe("重新编号本组：改为“三、”至“五、”，另有 1 处引用所指不唯一，未更新");
    const [whole] = await draft.actions(WHOLE, [], ["source.renumber.policyPlan"]);
    expect(whole!.title).toBe("重新编号整个文档，另有 1 处引用所指不唯一，未更新");
    fixed = draft.apply(renumber!.edit);
    expect(fixed).toContain("三、重点任务");
    expect(fixed).toContain("五、保障措施");
    expect(fixed).toContain("统筹推进本方案第二部分所列任务");
    expect(numberingFindings(fixed).map((f) => `${f.rule}：${f.message}`)).toEqual(dangling);
  });

  it("renumbers a plan divided into 章 after a 章 is moved, with the references to it", async () => {
    const chapters = PLAN.replace("一、总体要求", "第一章　总体要求\n一、总体要求").replace("二、重点任务", "第二章　重点任务\n二、重点任务").replace("三、保障措施", "第三章　保障措施\n三、保障措施").replace("本方案第二部分", "本方案第二章");
    const draft = await open(chapters);
    const tasks = draft.text.slice(draft.text.indexOf("第二章　重点任务"), draft.text.indexOf("第三章　保障措施"));
    const measures = draft.text.slice(draft.text.indexOf("第三章　保障措施"), draft.text.indexOf("\n附件："));
    draft.edit(draft.text.replace(tasks + measures, `${measures}${tasks.trimEnd()}`));
    const diagnostics = await draft.diagnostics();
    // The chapters' 一、二、三、 under the 章 moved with them, and break their count too.
    const partBreaks = diagnostics.filter((d) => d.code === "numbering/sequence" && String(d.message).includes("章”"));
    expect(partBreaks.map((d) => d.message)).toEqual(["编号不连续：“第三章”前一章为“第一章”，缺少“第二章”", "编号顺序颠倒：“第二章”排在“第三章”之后，应为“第三章”"]);
    // On either break, one quick fix settles the whole run of 章.
    const offered = (await draft.actions(partBreaks[1]!.range, [partBreaks[1]!])).map((a) => a.title);
    // The finding's own fix would settle its 章 alone and carry 本方案第二章 to 第三章 while the old
    // 第三章 still holds the number: the reference would name two. It is not offered; the run's action settles all.
    expect(offered).not.toContain("重新编号本组：改为“第三章”，并更新 1 处引用");
    const [run] = (await draft.actions(partBreaks[1]!.range, [partBreaks[1]!])).filter((a) => a.title.startsWith("重新编号本组：改为“第二章”至"));
    expect(run!.title).toBe("重新编号本组：改为“第二章”至“第三章”，并更新 1 处引用");
    const [renumber] = await draft.actions(WHOLE, [], ["source.renumber.policyPlan"]);
    expect((run!.edit?.changes?.[draft.uri] ?? []).length).toBe(3);
    expect(renumber!.title).toBe("重新编号整个文档，并更新 1 处引用");
    const fixed = draft.apply(renumber!.edit);
    expect(fixed.indexOf("第二章　保障措施")).toBeLessThan(fixed.indexOf("第三章　重点任务"));
    expect(fixed).toContain("统筹推进本方案第三章所列任务");
  });

  it("pastes 章 headings carrying a zero-width space, a BOM, a no-break or a full-width space before or inside 第…章: they are renumbered with the others, the characters left where they are", async () => {
    const chapters = PLAN.replace("一、总体要求", "第一章　总体要求\n一、总体要求").replace("二、重点任务", "\u200b第二章　重点任务\n二、重点任务").replace("三、保障措施", "第\ufeff三章　保障措施\n三、保障措施").replace("本方案第二部分", "本方案第三章");
    const draft = await open(chapters);
    // A 章 inserted above the second: three headings after it move on, each as pasted.
    draft.edit(draft.text.replace("\u200b第二章　重点任务", "第二章　质量基础\n一、夯实基础\n\u200b第二章　重点任务").replace("第\ufeff三章　保障措施", "第\u00a0三\u3000章　保障措施\n一、加强领导\n\u3000第四章　组织实施"));
    const partBreaks = (await draft.diagnostics()).filter((d) => d.code === "numbering/sequence" && String(d.message).includes("章”"));
    expect(partBreaks.map((d) => d.message)).toEqual(["编号重复：“第二章”与前一章相同，应为“第三章”"]);
    const [renumber] = await draft.actions(WHOLE, [], ["source.renumber.policyPlan"]);
    const fixed = draft.apply(renumber!.edit);
    expect(fixed).toContain("\u200b第三章　重点任务");
    expect(fixed).toContain("第\u00a0四\u3000章　保障措施");
    expect(fixed).toContain("\u3000第五章　组织实施");
    expect(fixed).toContain("统筹推进本方案第四章所列任务");
    expect(analyze(fixed).findings.filter((f) => f.rule === "numbering/sequence")).toEqual([]);
  });

  it("swaps the attachments: the quick fix renumbers the labels by their order, the references and the 附件说明 follow", async () => {
    const { draft, diagnostics } = await openWithAttachmentsSwapped();
    expect(diagnostics.map((d) => d.message)).toEqual(["“附件2”之前缺少附件1，编号应连续", "“附件1”排在附件2之后，编号顺序颠倒"]);
    const [renumber] = (await draft.actions(diagnostics[0]!.range, diagnostics)).filter((a) => a.title.startsWith("按先后重新编号附件"));
    expect(renumber!.title).toBe("按先后重新编号附件：附件2改为附件1，附件1改为附件2，并更新 4 处引用");
    const fixed = draft.apply(renumber!.edit);
    expect(fixed).toContain("主要指标见附件2，重点任务分工见附件1。");
    expect(fixed).toContain("附件：1.重点任务分工表\n      2.主要指标表");
    expect(fixed).toContain("附件1\n重点任务分工表");
    expect(numberingFindings(fixed)).toEqual([]);
    // The references now lead to the labels they named before.
    const location = await draft.request<Location>("textDocument/definition", draft.after("主要指标见附件"));
    expect(location.range.start.line).toBe(fixed.split("\n").indexOf("主要指标表") - 1);
  });

  it("swaps the attachments: every finding of the group offers the one renumbering, once; applied from the last it settles all, and again changes nothing", async () => {
    const { draft, diagnostics } = await openWithAttachmentsSwapped();
    expect(diagnostics).toHaveLength(2);
    const title = "按先后重新编号附件：附件2改为附件1，附件1改为附件2，并更新 4 处引用";
    for (const diagnostic of diagnostics) expect((await draft.actions(diagnostic.range, [diagnostic])).map((a) => a.title)).toContain(title);
    // A selection over both findings offers the renumbering once, not once per finding.
    const both = { start: diagnostics[0]!.range.start, end: diagnostics[1]!.range.end };
    expect((await draft.actions(both, diagnostics)).filter((a) => a.title === title)).toHaveLength(1);
    const [renumber] = (await draft.actions(diagnostics[1]!.range, [diagnostics[1]!])).filter((a) => a.title === title);
    const swapped = draft.text;
    const fixed = draft.apply(renumber!.edit);
    expect(fixed).toContain("主要指标见附件2，重点任务分工见附件1。");
    expect(numberingFindings(fixed)).toEqual([]);
    // plancheck --fix applies the shared fix once: its result is the editor's, and fixing it again changes nothing.
    const once = fixAll(swapped).text;
    expect(once).toBe(fixed);
    expect(fixAll(once).text).toBe(once);
  });

  it("completes a 责任单位 clause by name, pinyin initials, after 、 and ，; hovers, renames and finds references", async () => {
    const draft = await open();
    draft.edit(draft.text.replace("定期调度上述第（五）项进展。", "定期调度上述第（五）项进展。〔牵头单位：市发展改革委，配合单位：scjg"));
    const byInitials = await draft.request<CompletionList>("textDocument/completion", draft.after("配合单位：scjg"));
    expect(byInitials.items.map((item) => item.label)).toContain("市市场监管局");
    draft.edit(draft.text.replace("配合单位：scjg", "配合单位：市市场监管局、"));
    const afterMark = await draft.request<CompletionList>("textDocument/completion", draft.after("配合单位：市市场监管局、"));
    const names = afterMark.items.map((item) => item.label);
    expect(names).not.toContain("市市场监管局");
    expect(names).toContain("市工信局");
    const hover = await draft.request<Hover | null>("textDocument/hover", draft.after("〔责任单位：市住房城"));
    expect(JSON.stringify(hover?.contents)).toContain("市住房城乡建设局");
    const rename = await draft.request<WorkspaceEdit>("textDocument/rename", draft.after("〔责任单位：市商"), { newName: "市商务委" });
    const renamed = TextDocument.applyEdits(TextDocument.create(draft.uri, "policy-plan", 0, draft.text), (rename.changes?.[draft.uri] ?? []) as TextEdit[]);
    expect(renamed.match(/市商务委/gu)?.length).toBe(draft.text.match(/市商务局/gu)?.length);
    expect(renamed).not.toContain("市商务局");
    const references = await draft.request<Location[]>("textDocument/references", draft.after("统筹推进本方案第"), { context: { includeDeclaration: false } });
    expect(references.map((location) => location.range.start.line)).toEqual([draft.text.split("\n").findIndex((line) => line.includes("统筹推进本方案第二部分"))]);
  });
});

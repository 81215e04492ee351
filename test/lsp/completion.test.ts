import { afterEach, describe, expect, it } from "vitest";
import type { ClientCapabilities, CompletionContext, CompletionItem, CompletionList, InsertReplaceEdit, Range, TextEdit } from "vscode-languageserver-protocol";
import { withCursor, workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";
import { readSeed } from "../support/seeds";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

/** Opens `draft.plan` (cursor marked with <|>) in a workspace holding the Ganzhou plan, and completes. */
async function complete(
  marked: string,
  files: Record<string, string> = { "ganzhou.plan": readSeed("ganzhou-2024") },
  context?: CompletionContext,
  capabilities: ClientCapabilities = {},
): Promise<{ list: CompletionList; text: string }> {
  const workspace = workspaceWith(files);
  server = await startInProcessServer(workspace.rootUri, capabilities);
  const { text, position } = withCursor(marked);
  const uri = workspace.uri("draft.plan");
  server.open(uri, text);
  const list = (await server.client.sendRequest("textDocument/completion", { textDocument: { uri }, position, context })) as CompletionList;
  return { list, text };
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const TASK = "一、主要任务\n1.加快区域质量创新发展。开展创建工作。";

describe("completion of responsible units", () => {
  it("offers registry names after `：`, the ones the workspace uses most first", async () => {
    const { list } = await complete(`${TASK}〔责任单位：<|>〕\n`);
    expect(list.isIncomplete).toBe(true);
    // Ganzhou lists 市市场监管局 in 16 tasks, 市工信局 in 13, then 市发展改革委 and 市科技局 in 8.
    expect(labels(list.items).slice(0, 2)).toEqual(["市市场监管局", "市工信局"]);
    expect(labels(list.items).slice(2, 4).sort()).toEqual(["市发展改革委", "市科技局"]);
    // Ganzhou states no lead: the count of tasks, and no count of leads made up from the order.
    expect(list.items[0]!.detail).toContain("16 项任务");
    expect(list.items[0]!.detail).not.toContain("牵头");
    expect(labels(list.items)).toContain("市统计局");
  });

  it("offers names in a 分工表's unit cell, as after a clause's label, leaving out the cell's own names", async () => {
    const table = "附件\n\n重点任务分工表\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进标准化建设\t市市场监管局\t市发改委、市科技局\t2025年\n";
    const support = await complete(`${TASK}〔责任单位：市市场监管局〕\n${table}2\t开展质量攻关\t市工信局\t市发改委、市<|>\t2025年\n`);
    expect(labels(support.list.items)).not.toContain("市发展改革委");
    expect(labels(support.list.items)).toContain("市科技局");
    // Typed into the cell it replaces what was typed of the name, and nothing of the next cell.
    const item = support.list.items.find((candidate) => candidate.label === "市科技局")!;
    expect((item.textEdit as TextEdit).newText).toBe("市科技局");
    // The lead's cell of a row being written under the table's last row.
    expect(labels((await complete(`${TASK}〔责任单位：市市场监管局〕\n${table}2\t开展质量攻关\t市工<|>`)).list.items)).toContain("市工信局");
    // Not in the task's cell nor the deadline's.
    expect((await complete(`${TASK}〔责任单位：市市场监管局〕\n${table}2\t开展质量<|>\t市工信局\t\t2025年\n`)).list?.items ?? []).toEqual([]);
  });

  it("leaves out names already in the clause after `、`, whatever form they are written in", async () => {
    const { list } = await complete(`${TASK}〔责任单位：市市场监管局、市发改委、<|>〕\n`);
    expect(labels(list.items)).not.toContain("市市场监管局");
    expect(labels(list.items)).not.toContain("市发展改革委");
    expect(labels(list.items)[0]).toBe("市工信局");
  });

  it("leaves out a name with a separator inside its brackets, and the lead named before a space and the next label", async () => {
    const bracketed = labels((await complete(`${TASK}〔责任单位：各县（市、区）人民政府，<|>〕\n`)).list.items);
    expect(bracketed).not.toContain("各县（市、区）人民政府");
    expect(bracketed[0]).toBe("市市场监管局");
    const spaced = labels((await complete(`${TASK}（牵头单位：市工信局　配合单位：<|>）\n`)).list.items);
    expect(spaced).not.toContain("市工信局");
    expect(spaced[0]).toBe("市市场监管局");
  });

  it("offers names in a clause written without brackets on a line of its own under the task", async () => {
    const { list } = await complete(`${TASK}\n牵头单位：市工信局；配合单位：scj<|>\n`);
    expect(labels(list.items)[0]).toBe("市市场监管局");
    expect(labels(list.items)).not.toContain("市工信局");
    // A line that only opens with a word like a label's is no clause.
    expect((await complete(`${TASK}\n主要目标：<|>\n`)).list?.items ?? []).toEqual([]);
  });

  it("in a department's own plan, offers the divisions it already names first, the most used first", async () => {
    const department = [
      "赣州市市场监督管理局关于印发《2025年质量工作要点》的通知",
      "局机关各科室：",
      "现将《2025年质量工作要点》印发给你们，请认真贯彻落实。",
      "赣州市市场监督管理局",
      "2025年3月12日",
      "2025年质量工作要点",
      "一、主要任务",
      "1.加强计量能力建设。（责任科室：计量科、标准化科）",
      "2.强化标准引领。（责任科室：标准化科）",
      "3.开展质量提升行动。（责任科室：<|>）",
      "",
    ].join("\n");
    const { list } = await complete(department);
    expect(labels(list.items).slice(0, 2)).toEqual(["标准化科", "计量科"]);
    expect(list.items[0]!.detail).toContain("本部门内设机构");
    // Typed letters filter them as they filter registry names; a government's plan has none to offer.
    const again = async (marked: string) => {
      await server?.dispose();
      return labels((await complete(marked)).list.items);
    };
    expect((await again(department.replace("<|>", "jl<|>")))[0]).toBe("计量科");
    expect(await again(department.replaceAll("赣州市市场监督管理局", "赣州市人民政府"))).not.toContain("计量科");
    // So are the labels of divisions (配合科室), which a government's plan is not offered.
    expect(await again(department.replace("（责任科室：<|>）", "〔配<|>"))).toContain("配合科室");
    expect(await again(department.replace("（责任科室：<|>）", "〔配<|>").replaceAll("赣州市市场监督管理局", "赣州市人民政府"))).not.toContain("配合科室");
  });

  it("in a department's own plan, offers its 分局, its county bureaus and its own bodies as well as its divisions", async () => {
    const bureau = [
      "赣州市市场监督管理局关于印发《2026年质量工作要点》的通知",
      "各县（市、区）市场监督管理局，各分局，局机关各科室、直属单位：",
      "现将《2026年质量工作要点》印发给你们，请认真贯彻落实。",
      "赣州市市场监督管理局",
      "2026年2月16日",
      "2026年质量工作要点",
      "一、重点任务",
      "1.培育质量标杆。〔责任单位：质量发展科，章贡分局、经开区分局〕",
      "2.加强特种设备监管。〔责任单位：特种设备安全监察科，于都县局、章贡分局〕",
      "3.畅通投诉举报渠道。〔责任单位：消费者权益保护科，12315指挥中心、执法稽查局〕",
      "4.开展质量帮扶。〔责任单位：质量发展科，<|>〕",
      "",
    ].join("\n");
    const { list } = await complete(bureau, {});
    const offered = new Map(list.items.map((item) => [item.label, item.detail ?? ""]));
    expect(offered.get("章贡分局")).toBe("本部门分局 · 本文 2 处");
    expect(offered.get("经开区分局")).toBe("本部门分局 · 本文 1 处");
    expect(offered.get("于都县局")).toBe("本系统县级局 · 本文 1 处");
    expect(offered.get("12315指挥中心")).toBe("本部门所属单位 · 本文 1 处");
    expect(offered.get("执法稽查局")).toBe("本部门所属单位 · 本文 1 处");
    expect(offered.get("特种设备安全监察科")).toBe("本部门内设机构 · 本文 1 处");
    // Its own units first, the most used first; the one already in the clause is left out; departments after them.
    expect(labels(list.items).slice(0, 1)).toEqual(["章贡分局"]);
    expect(offered.has("质量发展科")).toBe(false);
    expect(labels(list.items).indexOf("市工信局")).toBeGreaterThan(labels(list.items).indexOf("执法稽查局"));
    // Typed characters filter them as they filter registry names; each is offered once.
    await server?.dispose();
    const typed = labels((await complete(bureau.replace("<|>", "章贡<|>"), {})).list.items);
    expect(typed.filter((label) => label === "章贡分局")).toHaveLength(1);
    expect(typed[0]).toBe("章贡分局");
  });

  it.each(["scjg", "shichang"])("finds 市市场监管局 by pinyin: %s", async (typed) => {
    const { list, text } = await complete(`${TASK}〔责任单位：市工信局、${typed}<|>〕\n`);
    expect(labels(list.items)[0]).toBe("市市场监管局");
    const item = list.items[0]!;
    // The typed letters are replaced, and they are the filter text, so the editor keeps the item.
    expect(item.filterText).toBe(typed);
    const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } }; newText: string };
    expect(edit.newText).toBe("市市场监管局");
    const line = text.split("\n")[1]!;
    expect(line.slice(edit.range.start.character, edit.range.end.character)).toBe(typed);
  });

  it("finds names by a half-typed word: 市场", async () => {
    const { list } = await complete(`${TASK}〔责任单位：市工信局、市场<|>〕\n`);
    expect(labels(list.items)[0]).toBe("市市场监管局");
    expect(labels(list.items).every((label) => String(label).includes("市场"))).toBe(true);
  });

  it("resolves an alias to the canonical name: fgw → 市发展改革委", async () => {
    const { list } = await complete(`${TASK}〔责任单位：fgw<|>`);
    // 市人大法工委 (fa gong wei) matches as well; the unit Ganzhou uses comes first.
    expect(labels(list.items)).toEqual(["市发展改革委", "市人大法工委"]);
    expect(list.items[0]!.detail).toContain("别称：市发改委");
  });

  it("offers names and labels after `；` in a clause with several labels", async () => {
    const { list } = await complete(`${TASK}〔牵头单位：市市场监管局；<|>〕\n`);
    expect(labels(list.items)).toContain("配合单位");
    expect(labels(list.items)).toContain("市工信局");
  });

  it("after `；` offers the labels the clause has not written, the supporting ones first after a lead's", async () => {
    const { list } = await complete(`${TASK}〔牵头单位：市市场监管局；<|>〕\n`);
    const keywords = list.items.filter((item) => item.kind === 14).map((item) => item.label);
    expect(keywords).not.toContain("牵头单位");
    expect(keywords[0]).toBe("配合单位");
    await server?.dispose();
    // A label after the cursor's part is the clause's too; the one being typed (配合<|>单位：) is not.
    const between = labels((await complete(`${TASK}〔牵头单位：市工信局；<|>；参与单位：市科技局〕\n`)).list.items);
    expect(between).toContain("配合单位");
    expect(between).not.toContain("参与单位");
    expect(between).not.toContain("牵头单位");
    await server?.dispose();
    expect(labels((await complete(`${TASK}〔牵头单位：市工信局；配合<|>单位：市科技局〕\n`)).list.items)).toContain("配合单位");
  });

  // The registry is written at 市; a plan of another level is offered its own level's names
  // (derived from the 市 entries, as the unit rules read them). A district's or county's plan
  // names the city's bureaus and their branches too (市生态环境局××分局): those come after its own.
  it.each([
    ["区", "〔责任单位：区科技局〕", "区", "区市场监管局", "市市场监管局"],
    ["县", "〔责任单位：县科技局〕", "县", "县市场监管局", "市市场监管局"],
    ["旗 under a 盟", "〔责任单位：旗科技局、旗财政局、盟财政局〕", "旗", "旗市场监管局", "盟市场监管局"],
  ])("offers a %s plan the names of its own level, then the city's", async (_level, clause, own, offered, after) => {
    const { list } = await complete(`一、主要任务\n1.推进创新。开展工作。${clause}\n2.加强监管。〔责任单位：<|>〕\n`, {});
    // Past the names the plan uses (first, whatever their level): every name of its own level, then the city's.
    const used = new Set(clause.slice(clause.indexOf("：") + 1, -1).split("、"));
    const names = labels(list.items).map(String).filter((name) => !used.has(name));
    expect(names).toContain(offered);
    expect(names).toContain(after);
    const lastOwn = names.reduce((last, name, index) => (name.startsWith(own) ? index : last), -1);
    expect(names.findIndex((name) => name.startsWith(after.charAt(0)))).toBeGreaterThan(lastOwn);
  });

  it("orders the city's names in a county's plan by the plan's own use before the workspace's: `市` beside the city's plan", async () => {
    // 赣州's plan lists 市市场监管局 in 16 tasks and 市公安局 in a few; the county's draft works with 市公安局 and 市税务局.
    const county = "于都县质量强县建设实施方案\n于都县人民政府\n一、主要任务\n1.推进创新。〔责任单位：县科技局、县财政局、市公安局〕\n2.加强监管。〔责任单位：县商务局、县卫健委、市税务局、市公安局〕\n3.打造品牌。〔责任单位：县工信局、市<|>〕\n";
    const names = labels((await complete(county)).list.items).map(String);
    // The county's own names the query matches first (县市场监管局: 市 after its level word), then the city's by the plan's use.
    expect(names[0]).toBe("县市场监管局");
    const city = names.filter((name) => name.startsWith("市"));
    expect(city.slice(0, 2)).toEqual(["市公安局", "市税务局"]);
    expect(city[2]).toBe("市市场监管局");
  });

  it("offers a county's plan the city bureau's branch in the county that the workspace names, beside the city's plan", async () => {
    const county = "于都县质量强县建设实施方案\n于都县人民政府\n一、主要任务\n1.推进创新。〔责任单位：县科技局〕\n2.加强监管。〔责任单位：县商务局、市生态<|>〕\n";
    const other = "于都县生态质量提升方案\n于都县人民政府\n一、主要任务\n1.甲。〔责任单位：市生态环境局于都分局〕\n";
    const names = labels((await complete(county, { "ganzhou.plan": readSeed("ganzhou-2024"), "yudu.plan": other })).list.items).map(String);
    expect(names).toContain("市生态环境局于都分局");
    await server!.dispose();
    // Another city's bureau's branch (抚州's plan naming one at 于都) is not the county's to name.
    const fuzhou = "抚州市生态质量提升方案\n抚州市人民政府\n一、主要任务\n1.甲。〔责任单位：市生态环境局于都分局、市财政局〕\n";
    const elsewhere = labels((await complete(county, { "ganzhou.plan": readSeed("ganzhou-2024"), "fuzhou.plan": fuzhou })).list.items).map(String);
    expect(elsewhere).not.toContain("市生态环境局于都分局");
  });

  it("ranks the plan's own name before the city's for what was typed: 市场 in a 区 plan", async () => {
    const { list } = await complete(`一、主要任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强监管。〔责任单位：区工信局、市场<|>〕\n`, {});
    // Each body's own name in the plan (区…) before the city's (市…), however well each matches.
    const names = labels(list.items);
    expect(names[0]).toBe("区市场监管局");
    expect(names.indexOf("区市场监管局")).toBeLessThan(names.indexOf("市市场监管局"));
    expect(names.indexOf("区市场监管综合行政执法大队")).toBeLessThan(names.indexOf("市市场监管综合行政执法支队"));
  });

  it("offers a 省 plan the names of its own level, not the city's", async () => {
    const { list } = await complete(`一、主要任务\n1.推进创新。开展工作。（省科技厅负责）\n2.加强监管。〔责任单位：<|>〕\n`, {});
    const names = labels(list.items).map(String);
    expect(names).toContain("省教育厅");
    expect(names.filter((name) => name.startsWith("市"))).toEqual([]);
  });

  it("offers a plan being drafted, with no unit named yet, the level its title names", async () => {
    // The first clause of a county's plan: no name says the level yet, its title does.
    const county = labels((await complete(`某某县质量强县建设实施方案\n\n一、重点任务\n\n1.实施质量提升行动。推动产业提质升级。（牵头单位：<|>`, {})).list.items).map(String);
    // Its own level's names first; the city's it is under after them (levelAboveWord).
    expect(county[0]!.startsWith("县")).toBe(true);
    expect(county.indexOf("县市场监管局")).toBeGreaterThan(-1);
    expect(county.indexOf("县市场监管局")).toBeLessThan(county.indexOf("市市场监管局"));
    await server!.dispose();
    // Typed in the open clause: the county's name, found by the words after its level word.
    expect(labels((await complete(`某某县质量强县建设实施方案\n\n一、重点任务\n\n1.实施质量提升行动。〔责任单位：县市场<|>`, {})).list.items)[0]).toBe("县市场监管局");
    await server!.dispose();
    const district = labels((await complete(`赣州市南康区人民政府办公室\n关于印发南康区质量提升行动方案的通知\n\n南康区质量提升行动方案\n\n一、重点任务\n\n1.实施质量提升行动。〔责任单位：<|>`, {})).list.items).map(String);
    expect(district[0]!.startsWith("区")).toBe(true);
    await server!.dispose();
    const province = labels((await complete(`江西省质量强省建设实施方案\n\n一、重点任务\n\n1.实施质量提升行动。〔责任单位：<|>`, {})).list.items).map(String);
    expect(province).toContain("省教育厅");
    expect(province.filter((name) => name.startsWith("市"))).toEqual([]);
    await server!.dispose();
    // Words before 区 that name no place (苏区) leave a city's plan a city's.
    const city = labels((await complete(`赣州市推动苏区振兴质量提升方案\n\n一、重点任务\n\n1.实施质量提升行动。〔责任单位：<|>`, {})).list.items).map(String);
    expect(city[0]!.startsWith("市")).toBe(true);
  });

  it("finds a district's or county's unit by pinyin and by its level's alias", async () => {
    const { list } = await complete(`一、主要任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强监管。〔责任单位：区工信局、scjg<|>〕\n`, {});
    expect(labels(list.items)[0]).toBe("区市场监管局");
    await server!.dispose();
    // A county's 委 may be a 局 (县发改局): typed, it completes to the county's canonical name.
    const county = await complete(`一、主要任务\n1.推进创新。〔责任单位：县科技局〕\n2.加强监管。〔责任单位：县发改局<|>〕\n`, {});
    expect(labels(county.list.items)[0]).toBe("县发展改革委");
    expect(county.list.items[0]!.detail).toContain("别称：县发改局");
  });

  it("offers a county-level city's plan its own 市 names, of the county's level", async () => {
    const notice = "怀仁市人民政府\n关于印发实施方案的通知\n各乡镇（街道）人民政府（办事处），市直各有关单位：\n现将方案印发给你们。\n";
    const { list } = await complete(`${notice}一、主要任务\n1.推进创新。〔责任单位：市科技局〕\n2.加强监管。〔责任单位：市工信局、市场<|>〕\n`, {});
    expect(labels(list.items)[0]).toBe("市市场监管局");
  });

  it("offers a county-level city's plan the names its bodies have at the county's level, not the prefecture's", async () => {
    const notice = "瑞金市人民政府\n关于印发实施方案的通知\n各乡镇人民政府，市直各有关单位：\n现将方案印发给你们。\n";
    const plan = (typed: string) => `${notice}一、主要任务\n1.推进创新。〔责任单位：市科技局〕\n2.加强监管。〔责任单位：市工信局、${typed}<|>〕\n`;
    // A county's 消防救援大队, not a prefecture's 支队; 市发改局 a name of it, as in a county's plan.
    const fire = labels((await complete(plan("xfjy"), {})).list.items);
    expect(fire).toContain("市消防救援大队");
    expect(fire).not.toContain("市消防救援支队");
    await server!.dispose();
    const reform = await complete(plan("市发改局"), {});
    expect(labels(reform.list.items)[0]).toBe("市发展改革委");
    expect(reform.list.items[0]!.detail).toContain("别称：市发改局");
    await server!.dispose();
    // No 邮政管理局 at a county's level: the registry names it at 省 and 市 only.
    expect(labels((await complete(plan("邮政"), {})).list.items)).not.toContain("市邮政管理局");
  });

  it("offers the institutes a 市场监管局 runs by their short names, at the plan's level", async () => {
    const city = labels((await complete(`${TASK}〔责任单位：市市场监管局、计量<|>〕\n`, {})).list.items);
    expect(city[0]).toBe("市计量所");
    await server!.dispose();
    const district = labels((await complete(`一、主要任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强监管。〔责任单位：区市场监管局、tj<|>〕\n`, {})).list.items);
    expect(district).toContain("区特检院");
  });

  it("still offers a city plan the city's names", async () => {
    const { list } = await complete(`${TASK}〔责任单位：市工信局、scjg<|>〕\n`, {});
    expect(labels(list.items)[0]).toBe("市市场监管局");
  });

  it("ranks the better match first and usage only among equal matches: gaj, sw", async () => {
    // 区发展改革委 is used by every task, and 区发改局 (its alias) matches gaj from its third character.
    const district = `一、主要任务\n1.推进创新。〔责任单位：区发展改革委〕\n2.推进改革。〔责任单位：区发展改革委〕\n3.加强监管。〔责任单位：区科技局、gaj<|>〕\n`;
    expect(labels((await complete(district, {})).list.items)[0]).toBe("区公安局");
    await server!.dispose();
    // 市委办公室 matches sw through its level word 市; 市税务局 (市商务局, 市水务局) from its own words.
    const city = `一、主要任务\n1.推进创新。〔责任单位：市委办公室〕\n2.推进改革。〔责任单位：市委办公室〕\n3.加强监管。〔责任单位：市科技局、sw<|>〕\n`;
    const ranked = labels((await complete(city, {})).list.items);
    expect(ranked.indexOf("市税务局")).toBeGreaterThanOrEqual(0);
    expect(ranked.indexOf("市税务局")).toBeLessThan(ranked.indexOf("市委办公室"));
    // 团市委 matches it through its level word too, which stands after 团.
    expect(ranked.indexOf("市税务局")).toBeLessThan(ranked.indexOf("团市委"));
  });

  it("fills a full name's place at the name's level, and offers a district the city's 分行 used, not another city's", async () => {
    const district = "赣州市章贡区深化质量强区建设实施方案\n\n一、重点任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强监管。〔责任单位：区工信局、<|>〕\n";
    const { list } = await complete(district, {
      "ganzhou.plan": "赣州市深化质量强市建设实施方案\n\n一、重点任务\n1.甲。〔责任单位：人民银行赣州市分行、市财政局〕\n",
      "fuzhou.plan": "抚州市深化质量强市建设实施方案\n\n一、重点任务\n1.甲。〔责任单位：人民银行抚州市分行、市财政局〕\n",
    });
    const detail = (name: string) => list.items.find((item) => item.label === name)?.detail;
    expect(detail("区市场监管局")).toContain("章贡区市场监督管理局");
    expect(detail("市市场监管局")).toContain("赣州市市场监督管理局");
    expect(detail("人民银行赣州市分行")).toContain("中国人民银行赣州市分行");
    expect(labels(list.items)).not.toContain("人民银行抚州市分行");
  });

  it("offers the vertically managed bodies of the plan's place: a district of 赣州 the city's 分行 and 海关", async () => {
    const district = "赣州市章贡区深化质量强区建设实施方案\n\n一、重点任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强金融支持。〔责任单位：区工信局、<|>〕\n";
    const bank = await complete(district.replace("<|>", "人民银行<|>"), {});
    expect(labels(bank.list.items)[0]).toBe("人民银行赣州市分行");
    expect(bank.list.items[0]!.detail).toContain("中国人民银行赣州市分行");
    expect(labels(bank.list.items).filter((name) => String(name).includes("章贡"))).toEqual([]);
    await server!.dispose();
    const customs = await complete(district.replace("<|>", "hg<|>"), {});
    expect(labels(customs.list.items)).toContain("赣州海关");
    await server!.dispose();
    // A plan that names no place is offered no such name: the place is not to be guessed.
    const nowhere = await complete(`${TASK}〔责任单位：市工信局、人民银行<|>〕\n`, {});
    expect(labels(nowhere.list.items).filter((name) => String(name).startsWith("人民银行"))).toEqual([]);
  });

  it("offers a city plan no unit of a level below it (区公安分局)", async () => {
    const { list } = await complete(`${TASK}〔责任单位：市工信局、ga<|>〕\n`, {});
    expect(labels(list.items)[0]).toBe("市公安局");
    expect(labels(list.items)).not.toContain("区公安分局");
    await server!.dispose();
    const district = await complete(`一、主要任务\n1.推进创新。〔责任单位：区科技局〕\n2.加强监管。〔责任单位：区工信局、ga<|>〕\n`, {});
    expect(labels(district.list.items)).toContain("区公安分局");
    expect(labels(district.list.items)).not.toContain("县公安局");
    await server!.dispose();
    // A county has a 县公安局, never a district's 区公安分局; its 公路分局 is the county's.
    const county = await complete(`一、主要任务\n1.推进创新。〔责任单位：县科技局〕\n2.加强监管。〔责任单位：县工信局、g<|>〕\n`, {});
    expect(labels(county.list.items)).toContain("县公安局");
    expect(labels(county.list.items)).toContain("县公路分局");
    expect(labels(county.list.items).filter((name) => String(name).startsWith("区"))).toEqual([]);
  });

  it("completes labels after the opening bracket, with the document's label and a standard colon", async () => {
    // The document writes a half-width colon; completion never writes new text in a non-standard form.
    const { list } = await complete(`一、主要任务\n1.推进创新。(责任部门:市科技局)\n2.加强监管。(<|>\n`, {});
    expect(labels(list.items)[0]).toBe("责任部门");
    expect(labels(list.items)).toEqual(expect.arrayContaining(["责任单位", "牵头单位", "配合单位"]));
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("责任部门：");
  });

  it("narrows the labels to what was typed, by characters or pinyin", async () => {
    expect(labels((await complete(`${TASK}〔配<|>`, {})).list.items)).toEqual(["配合单位", "配合部门"]);
    await server!.dispose();
    expect(labels((await complete(`${TASK}〔qt<|>`, {})).list.items)).toEqual(["牵头单位", "其他责任单位", "牵头部门"]);
    // The labels beyond the common five are offered once what is typed fits them.
    await server!.dispose();
    expect(labels((await complete(`${TASK}〔主<|>`, {})).list.items)).toEqual(["主要责任单位", "主责单位", "主责部门", "主办单位"]);
  });

  it("offers a deadline's and an annotation's label too, first once the task has its units", async () => {
    const bare = labels((await complete(`${TASK}〔<|>`, {})).list.items);
    expect(bare.slice(0, 2)).toEqual(["责任单位", "牵头单位"]);
    expect(bare).toEqual(expect.arrayContaining(["完成时限", "对应纲要"]));
    await server!.dispose();
    // 〔责任单位：…〕 written: the next bracket is a deadline or an annotation, not a second clause.
    const after = (await complete(`${TASK}〔责任单位：市科技局〕〔<|>`, {})).list;
    const sorted = [...after.items].sort((a, b) => (a.sortText ?? "").localeCompare(b.sortText ?? ""));
    expect(labels(sorted).slice(0, 2)).toEqual(["完成时限", "对应纲要"]);
    await server!.dispose();
    // Typed in part, by characters or pinyin: only the labels that fit.
    const typed = (await complete(`${TASK}〔责任单位：市科技局〕〔完<|>`, {})).list;
    expect(labels(typed.items)).toEqual(["完成时限"]);
    expect((typed.items[0]!.textEdit as { newText: string }).newText).toBe("完成时限：");
    await server!.dispose();
    expect(labels((await complete(`${TASK}〔dygy<|>`, {})).list.items)).toEqual(["对应纲要"]);
  });

  it("offers a deadline's values after 完成时限：, the ends of the plan's years and the standing ones", async () => {
    const head = "示例市质量强市建设三年行动计划（2025—2027年）\n一、主要任务\n1.加快区域质量创新发展。开展创建工作。";
    const alone = (await complete(`${head}〔完成时限：<|>`, {})).list;
    expect(labels(alone.items)).toEqual(["2025年底前", "2026年底前", "2027年底前", "长期坚持", "持续推进"]);
    await server!.dispose();
    // Inside a clause, after its units, and narrowed to what was typed; no unit names there.
    const inClause = (await complete(`${head}〔责任单位：市科技局；完成时限：2026<|>〕`, {})).list;
    expect(labels(inClause.items)).toEqual(["2026年底前"]);
    expect((inClause.items[0]!.textEdit as TextEdit).newText).toBe("2026年底前");
  });

  it.each(["〔牵头部门：市市场监管局；配合部门：<|>〕", "（主要责任单位：<|>）", "〔协办单位：市<|>〕"])("offers names in a clause of any label the grammar reads: %s", async (clause) => {
    const { list } = await complete(`${TASK}${clause}\n`);
    expect(labels(list.items)).toContain("市工信局");
  });

  it("offers no label after the 〔 of a 发文字号 typed in brackets, however the sentence stands", async () => {
    // `（中发〔` is a citation's 文号 being typed, at the end of the line as a clause would be.
    for (const marked of [`${TASK}贯彻落实《质量强国建设纲要》（中发〔<|>`, `${TASK}依据（赣市府字〔<|>`, `${TASK}（按照 〔<|>`]) {
      const { list } = await complete(marked, {}, { triggerKind: 2, triggerCharacter: "〔" });
      expect(list?.items ?? []).toEqual([]);
      await server!.dispose();
    }
    // A clause after the sentence still gets its labels.
    const { list } = await complete(`${TASK}〔<|>`, {}, { triggerKind: 2, triggerCharacter: "〔" });
    expect(labels(list.items)[0]).toBe("责任单位");
  });

  it("does not complete in ordinary brackets in the middle of a sentence", async () => {
    const { list } = await complete(`${TASK}争创中国质量奖（<|>提名奖）1个。\n`);
    expect(list?.items ?? []).toEqual([]);
  });
});

describe("the clause snippet at the end of an item", () => {
  it("inserts 〔责任单位：…〕 where the document has no clause to follow", async () => {
    const { list } = await complete(`一、主要任务\n1.加快区域质量创新发展。开展创建工作。<|>\n`, {});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]!.insertTextFormat).toBe(2);
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("〔责任单位：$1〕$0");
  });

  it("follows the document's standard forms: Nanjing's one 〔责任部门:…〕 among (责任部门:…)", async () => {
    const nanjing = readSeed("nanjing-2023").replace("(责任部门:市委组织部、市市场监管局等)", "");
    const marked = nanjing.replace("重大事项及时向市委、市政府请示报告。", "重大事项及时向市委、市政府请示报告。<|>");
    expect(marked).not.toBe(nanjing);
    const { list } = await complete(marked, {});
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("〔责任部门：$1〕$0");
  });

  it("is offered on a task with only its heading written, among tasks with clauses", async () => {
    const plan = "一、主要任务\n（一）开展质量提升行动\n1.保障食品药品安全。强化食品安全监管。〔责任单位：区市场监管局〕\n2.提升工程质量水平。开展工程质量提升行动。〔责任单位：区住建局〕\n3.提升公共服务质量。<|>\n";
    const { list } = await complete(plan, {}, INVOKED);
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("〔责任单位：$1〕$0");
  });

  it("writes the provincial form where the document's clauses are in it: Jiangxi's （…按职责分工负责）", async () => {
    const jiangxi = readSeed("jiangxi-2016");
    const line = jiangxi.split("\n").find((l) => l.includes("（二）积极推动质量技术创新。"))!;
    const stripped = line.replace(/（[^（）]*按职责分工负责）\s*$/, "");
    expect(stripped).not.toBe(line);
    const { list } = await complete(jiangxi.replace(line, `${stripped}<|>`), {}, INVOKED);
    expect(list.items[0]!.label).toBe("（…按职责分工负责）");
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("（$1按职责分工负责）$0");
  });

  it("is not offered where the item already has a clause", async () => {
    const { list } = await complete(`${TASK}〔责任单位：市科技局〕<|>\n`, {});
    expect(list?.items ?? []).toEqual([]);
  });

  it("is not offered on a task that the clause after its group assigns", async () => {
    const group = "一、主要任务\n1.建立品牌培育库。开展工作。<|>\n2.加强品牌指导服务。开展服务。\n〔责任单位：市市场监管局、市商务局〕\n";
    const { list } = await complete(group, {}, INVOKED);
    expect(list?.items ?? []).toEqual([]);
  });
});

/** As the editor asks when the user types `character`. */
const typed = (character: string): CompletionContext => ({ triggerKind: 2, triggerCharacter: character });
const INVOKED: CompletionContext = { triggerKind: 1 };

describe("completion while prose is typed", () => {
  // Each trigger character is ordinary punctuation too: typing `主要内容：` and Enter must not
  // become `主要内容：〔责任单位：〕`.
  it.each([
    ["：", "一、任务\n1.推进工作：<|>"],
    ["：", `${TASK}主要内容：<|>`],
    ["、", `${TASK}推进质量、<|>`],
    ["；", `${TASK}推进工作；<|>`],
    ["（", `${TASK}推进工作（<|>`],
  ])("offers nothing when `%s` is typed in a task's sentence", async (character, marked) => {
    const { list } = await complete(marked, {}, typed(character));
    expect(list?.items ?? []).toEqual([]);
  });

  it("offers no clause inside an open parenthesis, even when asked", async () => {
    const { list } = await complete("一、任务\n1.推进工作（包括<|>", {}, INVOKED);
    expect(list?.items ?? []).toEqual([]);
  });

  it("offers no clause on a heading that is not a task", async () => {
    expect((await complete("一、总体要求<|>", {}, INVOKED)).list?.items ?? []).toEqual([]);
    await server!.dispose();
    expect((await complete("一、主要任务\n（一）推动质量变革创新。<|>", {}, INVOKED)).list?.items ?? []).toEqual([]);
  });

  it.each([
    ["at the start of a line (a `（一）` being written)", "一、主要任务\n1.推进工作。\n（<|>"],
    ["inside a name", "一、主要任务\n1.推进各县（<|>"],
    ["after a document's title", "一、主要任务\n1.贯彻《质量强国建设纲要》（<|>"],
    ["after a heading's sentence", "一、总体要求。（<|>"],
  ])("offers no labels after `（` %s", async (_where, marked) => {
    const { list } = await complete(marked, {}, typed("（"));
    expect(list?.items ?? []).toEqual([]);
  });

  it("offers labels after `（` that ends a task's sentence", async () => {
    const { list } = await complete("一、主要任务\n1.推进工作。（<|>", {}, typed("（"));
    expect(labels(list.items)).toContain("责任单位");
  });

  it("offers the clause when asked at the end of a task, even before its sentence ends", async () => {
    const { list } = await complete("一、主要任务\n1.加快区域质量创新发展。开展创建工作<|>", {}, INVOKED);
    expect((list.items[0]!.textEdit as { newText: string }).newText).toBe("〔责任单位：$1〕$0");
    expect(list.items[0]!.preselect).not.toBe(true);
  });
});

/** The text after replacing `range` (on one line) by `newText`. */
function applied(text: string, range: Range, newText: string): string {
  const lines = text.split("\n");
  const line = lines[range.start.line]!;
  lines[range.start.line] = line.slice(0, range.start.character) + newText + line.slice(range.end.character);
  return lines.join("\n");
}

describe("completing in the middle of a unit name", () => {
  const INSERT_REPLACE: ClientCapabilities = { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } };

  it.each([
    ["市场<|>监管局", "市市场监管局"],
    ["市工<|>信局", "市工信局"],
    ["sc<|>jg", "市市场监管局"],
  ])("replaces the whole name: %s → %s", async (typing, name) => {
    const { list, text } = await complete(`${TASK}〔责任单位：市科技局、${typing}〕\n`);
    const item = list.items.find((candidate) => candidate.label === name)!;
    const edit = item.textEdit as TextEdit;
    expect(applied(text, edit.range, edit.newText)).toBe(`${TASK}〔责任单位：市科技局、${name}〕\n`);
  });

  it("keeps a closing 等, which is the list's", async () => {
    const { list, text } = await complete(`${TASK}〔责任单位：市科技局、市场<|>监管局等〕\n`);
    const edit = list.items[0]!.textEdit as TextEdit;
    expect(applied(text, edit.range, edit.newText)).toBe(`${TASK}〔责任单位：市科技局、市市场监管局等〕\n`);
  });

  it("gives an insert/replace pair to a client that supports one", async () => {
    const { list, text } = await complete(`${TASK}〔责任单位：市场<|>监管局〕\n`, undefined, undefined, INSERT_REPLACE);
    const edit = list.items[0]!.textEdit as InsertReplaceEdit;
    expect(edit.newText).toBe("市市场监管局");
    // Insert ends at the cursor (the editor's insert mode), replace takes the rest of the name too.
    expect(applied(text, edit.insert, edit.newText)).toBe(`${TASK}〔责任单位：市市场监管局监管局〕\n`);
    expect(applied(text, edit.replace, edit.newText)).toBe(`${TASK}〔责任单位：市市场监管局〕\n`);
  });
});

describe("completing a label after `；`", () => {
  const INSERT_REPLACE: ClientCapabilities = { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } };
  const CLAUSE = `${TASK}〔牵头单位：市市场监管局；`;

  /** The text after accepting the label item, whichever edit the client is given. */
  const accept = (text: string, item: CompletionItem) => {
    const edit = item.textEdit as TextEdit & Partial<InsertReplaceEdit>;
    // A client in insert mode applies `insert`, one in replace mode `replace`: both must come out right.
    if (edit.insert && edit.replace) return [applied(text, edit.insert, edit.newText), applied(text, edit.replace, edit.newText)];
    return [applied(text, edit.range, edit.newText)];
  };

  it.each([
    // The rest of the label and its colon are already there: the label is completed, not doubled.
    ["配合<|>单位：市工信局〕", "配合单位：市工信局〕"],
    ["配合单位<|>：市工信局〕", "配合单位：市工信局〕"],
    ["配<|>：市工信局〕", "配合单位：市工信局〕"],
    ["配合<|>单位:市工信局〕", "配合单位:市工信局〕"],
    ["<|>：市工信局〕", "配合单位：市工信局〕"],
    // A label with no colon after it gets one.
    ["配合<|>单位〕", "配合单位：〕"],
    ["配合<|>〕", "配合单位：〕"],
    // A name after the cursor is a name: the label goes in front of it and nothing is lost.
    ["<|>市工信局〕", "配合单位：市工信局〕"],
    ["配合<|>市工信局〕", "配合单位：市工信局〕"],
  ])("%s → %s", async (typing, expected) => {
    for (const capabilities of [{}, INSERT_REPLACE]) {
      const { list, text } = await complete(`${CLAUSE}${typing}\n`, undefined, undefined, capabilities);
      const item = list.items.find((candidate) => candidate.label === "配合单位")!;
      for (const result of accept(text, item)) expect(result).toBe(`${CLAUSE}${expected}\n`);
      await server!.dispose();
      server = undefined;
    }
  });
});

describe("completion of a cited document's title", () => {
  const HEAD = "示例区深化质量强区建设实施方案\n";
  const titleEdit = (item: CompletionItem) => item.textEdit as TextEdit;

  it("offers the titles the checker knows inside 《, the parent first, closing the title and, in a second form, writing its 文号", async () => {
    const { list, text } = await complete(`${HEAD}为深入贯彻落实《质量<|>`, {}, typed("《"));
    const first = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    expect(first[0]!.label).toBe("质量强国建设纲要");
    expect(applied(text, titleEdit(first[0]!).range, titleEdit(first[0]!).newText)).toBe(`${HEAD}为深入贯彻落实《质量强国建设纲要》`);
    expect(applied(text, titleEdit(first[1]!).range, titleEdit(first[1]!).newText)).toBe(`${HEAD}为深入贯彻落实《质量强国建设纲要》（中发〔2022〕17号）`);
    // What is typed narrows the list, character by character in order (赣州 … 实施方案).
    await server!.dispose();
    expect(labels((await complete(`${HEAD}根据《赣州方案<|>`, {})).list.items)).toEqual(["赣州市深化质量强市建设实施方案", "赣州市深化质量强市建设实施方案》（赣市府字〔2024〕41号）"]);
  });

  it("replaces a title being corrected up to its 》, and offers nothing once the title is closed", async () => {
    const { list, text } = await complete(`${HEAD}为深入贯彻落实《质量<|>强国纲要》（中发〔2022〕17号），制定本方案。\n`, {});
    expect(labels(list.items)).not.toContain("质量强国建设纲要》（中发〔2022〕17号）");
    const item = list.items.find((candidate) => candidate.label === "质量强国建设纲要")!;
    expect(applied(text, titleEdit(item).range, titleEdit(item).newText)).toBe(`${HEAD}为深入贯彻落实《质量强国建设纲要》（中发〔2022〕17号），制定本方案。\n`);
    await server!.dispose();
    expect((await complete(`${HEAD}为深入贯彻落实《质量强国建设纲要》<|>`, {}, INVOKED)).list?.items ?? []).toEqual([]);
  });
});

describe("completion of the bodies a plan names that no registry entry lists", () => {
  const ZONE = [
    "南昌高新技术产业开发区管理委员会关于印发南昌高新区深化质量强区建设实施方案的通知",
    "各园区，管委会各部门：",
    "南昌高新技术产业开发区管理委员会",
    "2024年5月20日",
    "南昌高新区深化质量强区建设实施方案",
    "一、重点任务",
    "1.加强质量监管。开展抽查。（责任单位：区市场监管分局、区经发局）",
    "2.加强计量。开展检定。（责任单位：市市场监管局高新分局、财政金融局）",
    "3.加强标准。开展工作。（责任单位：<|>）",
    "",
  ].join("\n");

  it("offers the city bureau's 分局 a zone's plan names as its own, under the name it reads as, once", async () => {
    const { list } = await complete(ZONE, {});
    const names = labels(list.items);
    expect(names.slice(0, 2)).toEqual(["区市场监管分局", "区经发局"]);
    expect(names.filter((name) => name.includes("高新分局") || name === "区市场监管分局")).toEqual(["区市场监管分局"]);
    expect(list.items[0]!.detail).toContain("2 项任务");
  });

  it("offers a city plan the zone's departments it names, under the name they read as, by what was typed", async () => {
    const city = [
      "赣州市深化质量强市建设实施方案",
      "一、重点任务",
      "1.加强园区质量建设。开展工作。（责任单位：市市场监管局、赣州经开区经济发展局、蓉江新区社会事业局）",
      "2.加强标准。开展工作。（责任单位：市工信局、经开<|>）",
      "",
    ].join("\n");
    const names = labels((await complete(city, {})).list.items);
    expect(names[0]).toBe("赣州经开区经发局");
    expect(names).not.toContain("蓉江新区社会事业局");
    const all = labels((await complete(city.replace("经开<|>", "<|>"), {})).list.items);
    expect(all).toContain("蓉江新区社会事业局");
    expect(all.filter((name) => name.startsWith("赣州经开区"))).toEqual(["赣州经开区经发局"]);
  });

  it("offers the group terms the plan writes, by how many tasks they have", async () => {
    const district = [
      "南京市江宁区全面深化质量强区建设实施方案",
      "一、重点任务",
      "1.加强食品安全。开展整治。（责任单位：区市场监管局、各街道办事处）",
      "2.加强农村市场监管。开展检查。（责任单位：区农业农村局、各街道办事处、区直各部门）",
      "3.加强标准。开展工作。（责任单位：区市场监管局、<|>）",
      "",
    ].join("\n");
    const names = labels((await complete(district, {})).list.items);
    expect(names).toContain("各街道办事处");
    expect(names).toContain("区直各部门");
    expect(names.indexOf("各街道办事处")).toBeLessThan(names.indexOf("区直各部门"));
  });

  it("completes a group term whose places are written in brackets (`各县（市、区）`), as it completes units", async () => {
    const { list, text } = await complete(`${TASK}〔责任单位：市工信局、各县（市、区）<|>〕\n`, {});
    expect(labels(list.items)[0]).toBe("各县（市、区）人民政府");
    expect(list.items[0]!.detail).toContain("统称");
    // The whole group as typed is replaced, not only what follows its 、.
    const edit = list.items[0]!.textEdit as TextEdit;
    expect(edit.range.start.character).toBe(text.split("\n")[1]!.indexOf("各县"));
    // Typed up to its bracket (`（` is a trigger character) or inside it, the same.
    expect(labels((await complete(`${TASK}〔责任单位：各县（<|>\n`, {})).list.items)[0]).toBe("各县（市、区）人民政府");
    expect(labels((await complete(`${TASK}〔责任单位：市工信局、各县（市、<|>〕\n`, {})).list.items)[0]).toBe("各县（市、区）人民政府");
  });

  it("offers the group terms of the plan's level it does not write yet, after its bodies", async () => {
    const city = labels((await complete(`赣州市质量强市建设实施方案\n${TASK}〔责任单位：<|>〕\n`, {})).list.items);
    expect(city).toEqual(expect.arrayContaining(["各县（市、区）人民政府", "市直有关部门"]));
    expect(city.indexOf("市市场监管局")).toBeLessThan(city.indexOf("市直有关部门"));
    const county = labels((await complete(`于都县质量强县建设实施方案\n${TASK}〔责任单位：各<|>〕\n`, {})).list.items);
    expect(county[0]).toBe("各乡镇人民政府");
    expect(county).not.toContain("各县（市、区）人民政府");
  });

  it("never one of a level below the plan's", async () => {
    const province = "江西省质量基础设施能力提升行动方案\n一、重点任务\n1.加强计量。开展检定。（省市场监管局、省科技厅、市发展改革委按职责分工负责）\n2.加强标准。开展工作。（责任单位：<|>）\n";
    expect(labels((await complete(province, {})).list.items)).not.toContain("市发展改革委");
  });
});

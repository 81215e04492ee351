import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { NEIGHBOUR_ENTRIES, ParentFileFinder } from "../../server/src/node/parentFiles";
import { runPlancheck } from "../support/cli";
import { workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

/**
 * A parent named by its title — in the front matter's 上位文件 or in a citation before the first
 * item — that is a `.plan` file of the folder (node/parentFiles.ts ParentFileFinder): the
 * language server and the command line both find it, no `parents` entry needed.
 */
const TITLE = "中共示例省委 示例省人民政府关于深化质量强省建设的实施意见";
const PARENT = `${TITLE}\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%以上。\n二、推动经济质量效益型发展\n（二）增强质量发展创新动能。建立质量创新协同机制。\n（三）树立质量发展绿色导向。推进绿色低碳转型。\n`;
const TASKS = "一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到94%以上。\n二、主要任务\n1.加快质量创新发展。建立质量创新协同机制。〔对应实施意见：（二）〕〔责任单位：市市场监管局〕\n2.推进绿色低碳转型。开展绿色产品认证。〔对应实施意见：（九）〕〔责任单位：市工信局〕\n";
const BY_FRONT_MATTER = `---\n上位文件: ${TITLE}\n---\n示例市深化质量强市建设实施方案\n${TASKS}`;
const BY_CITATION = `示例市深化质量强市建设实施方案\n为贯彻落实《${TITLE}》，制定本方案。\n${TASKS}`;

const folder = (plan: string) => {
  const dir = mkdtempSync(join(tmpdir(), "plancheck-named-parent-"));
  mkdirSync(join(dir, "parents"));
  writeFileSync(join(dir, "parents", "省实施意见.plan"), PARENT);
  writeFileSync(join(dir, "shi.plan"), plan);
  return dir;
};

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe("a parent .plan named by its title", () => {
  it.each([
    ["the front matter", BY_FRONT_MATTER],
    ["a citation before the first item", BY_CITATION],
  ])("is found by the command line when %s names it", async (_how, plan) => {
    const dir = folder(plan);
    const { out } = await runPlancheck(["--format", "json", join(dir, "shi.plan")]);
    const messages = (JSON.parse(out) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings.map((f) => `${f.rule} ${f.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^targets\/weaker-than-parent .*低于《中共示例省委 示例省人民政府关于深化质量强省建设的实施意见》的95%以上/));
    expect(messages).toContainEqual(expect.stringContaining("xref/unknown-section 《中共示例省委 示例省人民政府关于深化质量强省建设的实施意见》中没有“（九）”"));
  });

  it("is found by the language server, and its unsaved edits apply", async () => {
    const workspace = workspaceWith({ "parents/省实施意见.plan": PARENT });
    server = await startInProcessServer(workspace.rootUri);
    const plan = workspace.uri("shi.plan");
    server.open(plan, BY_FRONT_MATTER);
    const weaker = (figure: string) => (d: Diagnostic[]) => d.some((x) => x.code === "targets/weaker-than-parent" && (x.message as string).includes(`的${figure}`));
    await server.diagnostics(plan, weaker("95%以上"));
    const parent = workspace.uri("parents/省实施意见.plan");
    server.open(parent, PARENT);
    void server.client.sendNotification("textDocument/didChange", { textDocument: { uri: parent, version: 2 }, contentChanges: [{ text: PARENT.replace("95%", "97%") }] });
    await server.diagnostics(plan, weaker("97%以上"));
  });

  it("is looked for on the command line, without a configuration, in the plan's folder and the folders right under it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-named-parent-deep-"));
    mkdirSync(join(dir, "docs", "province"), { recursive: true });
    writeFileSync(join(dir, "docs", "province", "省实施意见.plan"), PARENT);
    writeFileSync(join(dir, "shi.plan"), BY_FRONT_MATTER);
    const rules = async () => (JSON.parse((await runPlancheck(["--format", "json", join(dir, "shi.plan")])).out) as { files: Array<{ findings: Array<{ rule: string }> }> }).files[0]!.findings.map((f) => f.rule);
    expect(await rules()).not.toContain("targets/weaker-than-parent");
    // The folder a configuration covers is searched all the way down.
    writeFileSync(join(dir, ".plancheck.json"), "{}");
    expect(await rules()).toContain("targets/weaker-than-parent");
  });

  it("is looked for among a bounded number of entries: a plan in a folder of thousands (/tmp) is checked at once, with a note", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plancheck-crowded-"));
    // More entries than the search beside a plan looks at (NEIGHBOUR_ENTRIES), each a folder
    // the search would go into: every entry past the bound would be looked at, and the start of
    // every plan file in them read, without it.
    for (let i = 0; i < NEIGHBOUR_ENTRIES + 50; i++) mkdirSync(join(dir, `t${String(i).padStart(5, "0")}`));
    mkdirSync(join(dir, "zz"));
    writeFileSync(join(dir, "zz", "省实施意见.plan"), PARENT);
    writeFileSync(join(dir, "shi.plan"), BY_FRONT_MATTER);
    const { code, out, err } = await runPlancheck(["--format", "json", join(dir, "shi.plan")]);
    expect(code).not.toBe(2);
    expect(err).toContain(`条目超过 ${NEIGHBOUR_ENTRIES} 个，只查看了前 ${NEIGHBOUR_ENTRIES} 个`);
    // The parent stood past the bound: not found, and said so in the plan's findings as ever.
    expect(JSON.parse(out).files[0].findings.map((f: { rule: string }) => f.rule)).not.toContain("targets/weaker-than-parent");
    const finder = new ParentFileFinder(dir, undefined, undefined, 1);
    expect(finder.find(TITLE)).toBeNull();
    expect(finder.truncated).toBe(true);
  }, 60_000);

  it("that names no file gets a message that says so", async () => {
    const dir = folder(BY_FRONT_MATTER.replace(`上位文件: ${TITLE}`, "上位文件: 中共示例省委关于别的事情的意见"));
    const { out } = await runPlancheck(["--format", "json", join(dir, "shi.plan")]);
    const messages = (JSON.parse(out) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings.filter((f) => f.rule === "xref/unknown-section").map((f) => f.message);
    expect(messages[0]).toBe(
      "找不到“对应实施意见”所指的上位文件：文首元数据“上位文件”中的“中共示例省委关于别的事情的意见”既不是内置文件，也不是文件夹中任何 .plan 文件的标题；请把该文件以 .plan 格式放在 .plancheck.json（没有时为工作区或本文件）所在的文件夹中，或在 .plancheck.json 的 parents 中写明其路径",
    );
  });

  it("is reused from the cache while the folder's plan files are unchanged, and seen changed when one changes", async () => {
    const dir = folder(BY_FRONT_MATTER);
    const cache = join(dir, ".cache.json");
    const figure = async () => {
      const { out } = await runPlancheck(["--format", "json", "--cache", "--cache-location", cache, join(dir, "shi.plan")]);
      const findings = (JSON.parse(out) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings;
      return /的([\d.]+%以上)/.exec(findings.find((f) => f.rule === "targets/weaker-than-parent")!.message)![1];
    };
    expect(await figure()).toBe("95%以上");
    // Nothing changed: the second check finds its findings in the cache, which it leaves as it was.
    const cached = readFileSync(cache, "utf8");
    expect(await figure()).toBe("95%以上");
    expect(readFileSync(cache, "utf8")).toBe(cached);
    writeFileSync(join(dir, "parents", "省实施意见.plan"), PARENT.replace("95%", "97%"));
    expect(await figure()).toBe("97%以上");
  });

  it("stays cached while another plan of the folder is edited below its title, not once a plan file is added", async () => {
    const dir = folder(BY_FRONT_MATTER);
    // Past its first lines (those that may hold a title), a plan's edits name no other plan's parent.
    const tasks = Array.from({ length: 10 }, (_, i) => `${i + 1}.开展第${i + 1}项质量提升工作。〔责任单位：市市场监管局〕`).join("\n");
    const other = `示例县质量提升行动方案\n一、主要任务\n${tasks}\n`;
    writeFileSync(join(dir, "other.plan"), other);
    const cache = join(dir, ".cache.json");
    const weaker = async () => {
      const { out } = await runPlancheck(["--format", "json", "--cache", "--cache-location", cache, join(dir, "shi.plan"), join(dir, "other.plan")]);
      const findings = (JSON.parse(out) as { files: Array<{ findings: Array<{ rule: string; message: string }> }> }).files[0]!.findings;
      return findings.find((f) => f.rule === "targets/weaker-than-parent")!.message;
    };
    expect(await weaker()).toContain("95%以上");
    // Marks shi.plan's cached finding: seen again only if the cache is what answers.
    const data = JSON.parse(readFileSync(cache, "utf8")) as { entries: Record<string, { findings: Array<{ rule: string; message: string }> }> };
    const entry = data.entries[join(dir, "shi.plan")]!;
    entry.findings.find((f) => f.rule === "targets/weaker-than-parent")!.message = "（缓存）";
    writeFileSync(cache, JSON.stringify(data));
    writeFileSync(join(dir, "other.plan"), other.replace("开展第10项", "扎实开展第10项"));
    expect(await weaker()).toBe("（缓存）");
    writeFileSync(join(dir, "third.plan"), "示例区质量提升行动方案\n一、主要任务\n1.开展质量提升工作。\n");
    expect(await weaker()).toContain("95%以上");
  });
});

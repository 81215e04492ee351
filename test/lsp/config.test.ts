import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { workspaceWith } from "../support/cursor";
import { startInProcessServer, type InProcessServer } from "../support/lspClient";

let server: InProcessServer | undefined;
afterEach(async () => {
  await server?.dispose();
  server = undefined;
});

describe(".plancheck.json in the editor", () => {
  it("reports an unknown key and a wrong type in the file, each at its place with its JSON path", async () => {
    const workspace = workspaceWith({});
    server = await startInProcessServer(workspace.rootUri);
    const uri = workspace.uri(".plancheck.json");
    const text = '{\n  "units": {\n    "registy": [],\n    "requireClauseAt": "3"\n  }\n}\n';
    void server.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "jsonc", version: 1, text } });
    const diagnostics = await server.diagnostics(uri, (d) => d.length >= 2);
    const summary = diagnostics.map((d) => [d.code, d.message, d.range.start.line, d.range.start.character]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ["config/invalid", "units.registy：未知的配置项：registy（是否想用 registry？）", 2, 4],
        ["config/invalid", "units.requireClauseAt：类型错误：应为 array", 3, 23],
      ]),
    );
  });

  it("shows a problem of an extended file on the extends entry, naming its file, line and column, with the place as related information", async () => {
    const workspace = workspaceWith({ "base.json": '{\n  "rules": {\n    "no/such": "off"\n  }\n}\n' });
    server = await startInProcessServer(workspace.rootUri);
    const uri = workspace.uri(".plancheck.json");
    void server.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "jsonc", version: 1, text: '{\n  "extends": "./base.json"\n}\n' } });
    const [diagnostic, ...rest] = await server.diagnostics(uri, (d) => d.length > 0);
    expect(rest).toEqual([]);
    expect(diagnostic!.message).toBe("extends：所继承的配置文件有问题，在 base.json:3:5：rules.no/such：未知的规则：no/such");
    expect(diagnostic!.range.start).toEqual({ line: 1, character: 13 });
    expect(diagnostic!.relatedInformation).toEqual([
      { location: { uri: workspace.uri("base.json"), range: { start: { line: 2, character: 4 }, end: { line: 2, character: 13 } } }, message: "rules.no/such：未知的规则：no/such" },
    ]);
  });

  it("re-checks open plans with the edited configuration, without a restart", async () => {
    const workspace = workspaceWith({ ".plancheck.json": "{}" });
    server = await startInProcessServer(workspace.rootUri);
    const plan = workspace.uri("a.plan");
    server.open(plan, "一、主要任务\n1.建设平台。〔责任单位：市检验检测院〕\n");
    await server.diagnostics(plan, (d) => d.some((x) => x.code === "units/unknown"));
    const config = workspace.uri(".plancheck.json");
    void server.client.sendNotification("textDocument/didOpen", { textDocument: { uri: config, languageId: "json", version: 1, text: "{}" } });
    void server.client.sendNotification("textDocument/didChange", {
      textDocument: { uri: config, version: 2 },
      contentChanges: [{ text: '{ "units": { "registry": [{ "name": "市检验检测院" }] } }' }],
    });
    await server.diagnostics(plan, (d) => !d.some((x) => x.code === "units/unknown"));
  });

  it("refuses relative paths out of the workspace folder, on their entries, and checks the plan with the defaults", async () => {
    const workspace = workspaceWith({ "a.plan": "一、主要任务\n1.建设平台。〔责任单位：市外部局〕\n" });
    // Outside the workspace folder: a registry that would make 市外部局 known.
    writeFileSync(join(workspace.root, "..", "plancheck-outside-units.json"), '[{ "name": "市外部局" }]');
    server = await startInProcessServer(workspace.rootUri);
    const uri = workspace.uri(".plancheck.json");
    const text = '{\n  "units": { "registryFiles": ["../plancheck-outside-units.json"] },\n  "extends": "eslint-config-anything"\n}\n';
    void server.client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "jsonc", version: 1, text } });
    const diagnostics = await server.diagnostics(uri, (d) => d.length > 0);
    expect(diagnostics.map((d) => [d.range.start.line, (d.message as string).split("：").slice(0, 2).join("：")])).toEqual([
      [2, "extends：extends 只能是内置预设（plancheck:recommended、plancheck:strict）或 .json 配置文件路径（如 ./base.json）；“eslint-config-anything”都不是，不会作为 npm 包加载"],
      [1, `units.registryFiles[0]：路径“../plancheck-outside-units.json”指向工作区（${workspace.root}）之外，未读取`],
    ]);
    const plan = workspace.uri("a.plan");
    server.open(plan, "一、主要任务\n1.建设平台。〔责任单位：市外部局〕\n");
    await server.diagnostics(plan, (d) => d.some((x) => x.code === "units/unknown"));
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRegistryText } from "../../server/src/core/units/registryFile";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

const PLAN = "一、总体要求\n（一）主要目标\n到2025年，产品质量合格率达到 %。\n";

function workspace(config: string): string {
  const dir = tempFolder("config");
  writeFileSync(join(dir, ".plancheck.json"), config);
  writeFileSync(join(dir, "a.plan"), PLAN);
  return dir;
}

describe("configuration problems are reported in the configuration file", () => {
  it("an unknown rule id (with the nearest known one) and an invalid rule option, located", async () => {
    const dir = workspace('{\n  "rules": {\n    "targets/blanks": "off",\n    "units/alias": ["warning", { "prefer": "always" }],\n    "targets/blank": ["warning", { "x": 1 }]\n  }\n}\n');
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toMatch(/\.plancheck\.json:3:5 {2}rules\.targets\/blanks：未知的规则：targets\/blanks（是否想用 targets\/blank？）/);
    expect(err).toMatch(/\.plancheck\.json:4:\d+ {2}rules\.units\/alias\[1\]\.prefer：规则 units\/alias 的选项无效：取值无效/);
    expect(err).toMatch(/\.plancheck\.json:5:\d+ {2}rules\.targets\/blank\[1\]：规则 targets\/blank 没有选项/);
  });

  it("says what bound a value is outside of, in Chinese", async () => {
    const dir = workspace('{\n  "units": { "requireClauseAt": [9], "registry": [{ "name": "" }] }\n}\n');
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toMatch(/units\.requireClauseAt\[0\]：取值超出范围：应不大于 4/);
    expect(err).toMatch(/units\.registry\[0\]\.name：取值超出范围：不能为空/);
    expect(err).not.toMatch(/[A-Za-z]{4,} [a-z]+ [a-z]+/);
  });

  it("locates a parent file it cannot read on the parents entry that names it", async () => {
    const dir = workspace('{\n  "parents": ["质量强国建设纲要", "nope.plan"]\n}\n');
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toMatch(/\.plancheck\.json:2:\d+ {2}parents\[1\]：无法读取上位文件：.*nope\.plan/);
  });

  it("accepts a .plancheck.json that starts with a BOM", async () => {
    const dir = workspace('\uFEFF{ "rules": { "targets/blank": "error" } }');
    const { code, out } = await runPlancheck(["--format", "json", join(dir, "a.plan")]);
    expect(code).toBe(1);
    expect(JSON.parse(out).summary.errors).toBe(1);
  });

  it("locates a problem in a deeply nested file instead of overflowing the stack", async () => {
    const dir = workspace(`{ "rules": ${"[".repeat(100_000)}${"]".repeat(100_000)} }`);
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toMatch(/\.plancheck\.json:1:\d+ {2}（整个文件）：JSON 嵌套过深（超过 64 层）/);
  });

  // The plan's target is blank: targets/blank's error is what a `__proto__` key would switch off unseen.
  for (const [config, place] of [
    ['{ "__proto__": { "rules": { "targets/blank": "off" } } }', "__proto__"],
    ['{ "rules": { "__proto__": { "targets/blank": "off" } } }', "rules.__proto__"],
    ['{ "rules": { "\\u005f_proto__": { "targets/blank": "off" } } }', "rules.__proto__"],
    ['{ "rules": { "numbering/scope": ["warning", { "__proto__": { "level3": "x" } }] } }', "rules.numbering/scope[1].__proto__"],
    ['{ "units": { "registry": [{ "name": "市工信局", "__proto__": { "aliases": ["市经信委"] } }] } }', "units.registry[0].__proto__"],
  ] as const) {
    it(`refuses a __proto__ key, located, rather than reading settings through the prototype: ${place}`, async () => {
      const dir = workspace(config);
      const { code, err } = await runPlancheck([join(dir, "a.plan")]);
      expect(code).toBe(2);
      const column = config.indexOf(place === "__proto__" || !config.includes("\\u") ? '"__proto__"' : '"\\u005f') + 1;
      expect(err).toContain(`.plancheck.json:1:${column}  （整个文件）：不能使用键名“__proto__”（${place}）`);
    });
  }

  it("reports a missing registry file on the configuration entry that names it", async () => {
    const dir = workspace('{\n  "units": {\n    "registryFiles": ["units/ok.json", "units/missing.json"]\n  }\n}\n');
    mkdirSync(join(dir, "units"));
    writeFileSync(join(dir, "units", "ok.json"), "[]");
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toMatch(/\.plancheck\.json:3:40 {2}units\.registryFiles\[1\]：找不到或无法读取责任单位名录文件：.*units\/missing\.json/);
  });

  it("locates registry problems in linear time (each problem does not re-parse the file)", () => {
    const entries = (n: number) => `[${Array.from({ length: n }, (_, i) => `{ "name": ${i} }`).join(",\n")}]`;
    const small = parseRegistryText(entries(1000), "r.json");
    const large = parseRegistryText(entries(4000), "r.json");
    expect(small.ok || small.problems.length).toBe(1000);
    expect(large.ok || large.problems.length).toBe(4000);
    if (large.ok) throw new Error("expected problems");
    expect(large.problems[3999]).toMatchObject({ path: "[3999].name" });
    // Work, not time: the located spans are each entry's own value, found from one tree.
    const text = entries(4000);
    expect(text.slice(large.problems[3999]!.start, large.problems[3999]!.end)).toBe("3999");
  });
});

describe("extends", () => {
  it("takes a built-in preset: plancheck:strict makes warnings errors", async () => {
    const dir = workspace('{ "extends": "plancheck:strict", "rules": { "numbering/sequence": "warning" } }');
    const { code, out } = await runPlancheck(["--format", "json", join(dir, "a.plan")]);
    expect(code).toBe(1);
    const finding = JSON.parse(out).files[0].findings.find((f: { rule: string }) => f.rule === "targets/blank");
    expect(finding.severity).toBe("error");
  });

  it("extends another file (relative to it), the extending file winning; paths in it stay its own", async () => {
    // Inside one repository (the workspace the configuration's relative paths may reach).
    const repo = tempFolder("repo");
    mkdirSync(join(repo, ".git"));
    const dir = join(repo, "plans");
    mkdirSync(dir);
    writeFileSync(join(dir, ".plancheck.json"), '{ "extends": ["../shared/base.json"], "rules": { "units/unknown": "off" } }');
    writeFileSync(join(dir, "a.plan"), PLAN);
    const shared = join(repo, "shared");
    mkdirSync(shared, { recursive: true });
    writeFileSync(join(shared, "base.json"), '{ "rules": { "targets/blank": "error", "units/unknown": "error" }, "units": { "registryFiles": ["units.json"] } }');
    writeFileSync(join(shared, "units.json"), '[{ "name": "市质量办" }]');
    const printed = await runPlancheck(["--print-config", join(dir, "a.plan")]);
    const config = JSON.parse(printed.out);
    expect(config.rules["targets/blank"].severity).toBe("error");
    expect(config.rules["units/unknown"].severity).toBe("off");
    expect(config.config.units.registryFiles).toEqual(["../shared/units.json"]);
    expect((await runPlancheck([join(dir, "a.plan")])).code).toBe(1);
    // It checks nothing: a file named besides is refused, not silently left unchecked.
    const extra = await runPlancheck(["--print-config", join(dir, "a.plan"), join(dir, "b.plan")]);
    expect(extra.code).toBe(2);
    expect(extra.err).toBe(`--print-config 只输出一个文件的配置，不检查文件，多余的参数：${join(dir, "b.plan")}\n`);
  });

  it("reports an unknown preset, a missing or invalid extended file and a cycle on the extends entry", async () => {
    const preset = await runPlancheck([join(workspace('{ "extends": "plancheck:loose" }'), "a.plan")]);
    expect(preset.err).toMatch(/:1:14 {2}extends：未知的内置预设：plancheck:loose/);
    const missing = await runPlancheck([join(workspace('{ "extends": ["./nope.json"] }'), "a.plan")]);
    expect(missing.err).toMatch(/:1:15 {2}extends\[0\]：找不到所继承的配置文件：\.\/nope\.json/);
    const dir = workspace('{ "extends": "./b.json" }');
    writeFileSync(join(dir, "b.json"), '{ "extends": "./.plancheck.json" }');
    const cycle = await runPlancheck([join(dir, "a.plan")]);
    expect(cycle.code).toBe(2);
    expect(cycle.err).toContain("extends 形成循环");
  });

  it("locates a problem of an extended file in that file, at its key, saying which extends entry pulled it in", async () => {
    const dir = workspace('{\n  "extends": ["plancheck:recommended", "./c.json"]\n}\n');
    writeFileSync(join(dir, "c.json"), '{\n  "rules": {\n    "no/such": "off",\n    "units/alias": ["warning", { "prefer": "always" }]\n  }\n}\n');
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    const entry = `${join(dir, ".plancheck.json")}:2:40 的 extends[1]`;
    expect(err).toContain(`${join(dir, "c.json")}:3:5  rules.no/such：未知的规则：no/such（由 ${entry} 引入）`);
    expect(err).toMatch(new RegExp(`c\\.json:4:\\d+  rules\\.units/alias\\[1\\]\\.prefer：规则 units/alias 的选项无效：取值无效.*（由 .*\\.plancheck\\.json:2:40 的 extends\\[1\\] 引入）`));
    // Nothing is said to be wrong in the extending file itself.
    expect(err).not.toContain(".plancheck.json:2:40  ");
  });

  it("locates a JSON syntax error two extends deep, with the chain of entries", async () => {
    const dir = workspace('{ "extends": "./b.json" }');
    writeFileSync(join(dir, "b.json"), '{\n  "extends": "./c.json"\n}\n');
    writeFileSync(join(dir, "c.json"), '{\n  "rules": {\n    "units/alias": "off"\n    "units/unknown": "off"\n  }\n}\n');
    const { code, err } = await runPlancheck([join(dir, "a.plan")]);
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, "c.json")}:4:5  （整个文件）：JSON 语法错误：缺少逗号（由 ${join(dir, ".plancheck.json")}:1:14 的 extends → ${join(dir, "b.json")}:2:14 的 extends 引入）`);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfigFile } from "../../server/src/node/configFiles";
import { runPlancheck } from "../support/cli";
import { tempFolder } from "../support/tempFiles";

const PLAN = "一、总体要求\n（一）主要目标\n推动质量变革。\n";

/**
 * A repository (the workspace) with a plan and its configuration in `plans/`, next to things a
 * hostile configuration might reach for: a file outside the repository, and an npm package in
 * node_modules whose code, if it were ever loaded, leaves a marker file behind.
 */
function hostileSetup(config: string) {
  const outside = tempFolder("safety");
  writeFileSync(join(outside, "outside.plan"), "一、外部文件\n");
  writeFileSync(join(outside, "units.json"), '[{ "name": "市外部局" }]');
  const repo = join(outside, "repo");
  mkdirSync(join(repo, ".git"), { recursive: true });
  const plans = join(repo, "plans");
  mkdirSync(plans);
  writeFileSync(join(plans, "a.plan"), PLAN);
  writeFileSync(join(plans, ".plancheck.json"), config);
  const marker = join(outside, "package-code-ran");
  for (const name of ["some-npm-package", "plancheck-config-evil"]) {
    const pkg = join(plans, "node_modules", name);
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name, main: "index.js" }));
    writeFileSync(join(pkg, "index.js"), `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"); module.exports = { rules: {} };`);
  }
  // A link inside the repository to the file outside it.
  symlinkSync(join(outside, "units.json"), join(plans, "linked-units.json"));
  return { outside, repo, plans, marker };
}

describe("no configuration value makes the checker load code or leave the workspace", () => {
  it("refuses an npm package in extends and relative paths out of the workspace, located, and reads none of them", async () => {
    const config = [
      "{",
      '  "extends": ["some-npm-package", "plancheck-config-evil"],',
      '  "units": { "registryFiles": ["../../units.json", "linked-units.json"] },',
      '  "parents": ["../../outside.plan"]',
      "}",
      "",
    ].join("\n");
    const { plans, outside, marker } = hostileSetup(config);
    const read: string[] = [];
    const result = loadConfigFile(join(plans, ".plancheck.json"), (file) => {
      read.push(file);
      return readFileSync(file, "utf8");
    });
    expect(result.ok).toBe(false);
    expect(read).toEqual([join(plans, ".plancheck.json")]);
    const run = await runPlancheck([join(plans, "a.plan")]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\.plancheck\.json:3:\d+ {2}units\.registryFiles\[0\]：路径“\.\.\/\.\.\/units\.json”指向工作区（.*repo）之外，未读取/);
    expect(run.err).toMatch(/\.plancheck\.json:3:\d+ {2}units\.registryFiles\[1\]：路径“linked-units\.json”指向工作区/);
    expect(run.err).toMatch(/\.plancheck\.json:4:\d+ {2}parents\[0\]：路径“\.\.\/\.\.\/outside\.plan”指向工作区/);
    expect(existsSync(marker)).toBe(false);
    expect(readdirSync(outside).sort()).toEqual(["outside.plan", "repo", "units.json"]);
  });

  it("reports a package name in extends on its entry, and never requires it", async () => {
    const { plans, marker } = hostileSetup('{\n  "extends": "some-npm-package"\n}\n');
    const run = await runPlancheck([join(plans, "a.plan")]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/\.plancheck\.json:2:14 {2}extends：extends 只能是内置预设（plancheck:recommended、plancheck:strict）或 \.json 配置文件路径（如 \.\/base\.json）；“some-npm-package”都不是，不会作为 npm 包加载/);
    expect(existsSync(marker)).toBe(false);
  });

  it("takes an absolute path outside the workspace: the person wrote it explicitly", async () => {
    const { plans, outside } = hostileSetup("{}");
    writeFileSync(join(plans, ".plancheck.json"), JSON.stringify({ units: { registryFiles: [join(outside, "units.json")] }, rules: { "units/unknown": "error" } }));
    writeFileSync(join(plans, "a.plan"), "一、总体要求\n1.推动质量变革。〔责任单位：市外部局〕\n");
    const run = await runPlancheck(["--format", "json", join(plans, "a.plan")]);
    expect(run.err).toBe("");
    expect(run.out).not.toContain("units/unknown");
  });
});

describe("the sources load no code named by data", () => {
  it("every require() and import() in server/src names a literal module", () => {
    const root = join(__dirname, "..", "..", "server", "src");
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith(".ts") && statSync(join(root, file)).isFile());
    const dynamic: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), "utf8");
      for (const match of text.matchAll(/\b(require|import)\s*\(\s*([^)]*)\)/g)) {
        if (!/^(["'])[^"'`]+\1$/.test(match[2]!.trim())) dynamic.push(`${file}: ${match[0]}`);
      }
    }
    expect(dynamic).toEqual([]);
  });
});

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const manifest = JSON.parse(read("package.json"));

describe("extension manifest", () => {
  it("activates on the policy-plan language (and for a workspace's .plancheck.json) and accepts VS Code 1.100", () => {
    // Explicit: without a language `configuration`, VS Code adds no implicit onLanguage event.
    expect(manifest.activationEvents).toEqual(["onLanguage:policy-plan", "workspaceContains:**/.plancheck.json"]);
    expect(manifest.engines.vscode).toBe("^1.100.0");
    const language = manifest.contributes.languages[0];
    expect(language).toMatchObject({ id: "policy-plan", extensions: [".plan", ".plan.txt"], configuration: "./language-configuration.json" });
  });

  it("validates .plancheck.json against the generated schema", () => {
    expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: ".plancheck.json", url: "./schemas/plancheck.schema.json" }]);
    expect(JSON.parse(read("schemas/plancheck.schema.json")).properties.rules).toBeDefined();
  });

  it("has every %key% translated in Chinese (default) and English", () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    const zh = JSON.parse(read("package.nls.json"));
    const en = JSON.parse(read("package.nls.en.json"));
    for (const key of keys) {
      expect(zh, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("has an English translation for every runtime string of the client", () => {
    const bundle = JSON.parse(read("l10n/bundle.l10n.en.json"));
    const sources = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : [read(join(dir, e.name))]));
    const strings = sources("client/src").flatMap((source) => [...source.matchAll(/l10n\.t\("([^"]+)"/g)].map((m) => m[1]!));
    expect(strings.length).toBeGreaterThan(5);
    for (const text of strings) expect(bundle, text).toHaveProperty([text]);
  });

  it("registers every contributed command in the client", () => {
    const extension = read("client/src/extension.ts");
    for (const { command } of manifest.contributes.commands) expect(extension).toContain(`"${command}"`);
  });

  it("points its grammar and bins at files that exist", () => {
    expect(existsSync(join(ROOT, manifest.contributes.grammars[0].path))).toBe(true);
    for (const bin of Object.values(manifest.bin)) expect(existsSync(join(ROOT, bin as string))).toBe(true);
  });
});

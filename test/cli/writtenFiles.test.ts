import { copyFileSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder } from "../support/tempFiles";

/** A folder with two plans, and their bytes as they were. */
function plans(): { dir: string; a: string; b: string; before: () => void } {
  const dir = tempFolder("written-files");
  const a = join(dir, "a.plan");
  const b = join(dir, "b.plan");
  copyFileSync(join(SEEDS_DIR, "ganzhou-2024.txt"), a);
  copyFileSync(join(SEEDS_DIR, "chengdu-2023-draft.txt"), b);
  const bytes = [readFileSync(a), readFileSync(b)];
  return { dir, a, b, before: () => expect([readFileSync(a), readFileSync(b)]).toEqual(bytes) };
}

describe("what a run writes never replaces a plan it reads", () => {
  it("refuses an --output that is one of the plans, named, found in a folder or through a link", async () => {
    const { dir, a, before } = plans();
    expect(await run(["--no-config", a, "-o", a])).toMatchObject({ code: 2, out: "", err: `输出文件 ${a} 就是本次读取的方案，写入会覆盖方案；请用 -o 另选一个文件\n` });
    expect((await run(["--no-config", "--fix", dir, "-o", a])).err).toBe(`输出文件 ${a} 就是本次读取的方案，写入会覆盖方案；请用 -o 另选一个文件\n`);
    const link = join(dir, "link.txt");
    symlinkSync(a, link);
    expect((await run(["--no-config", "--format", "json", a, "-o", link])).err).toBe(`输出文件 ${link} 就是本次读取的方案（${a}），写入会覆盖方案；请用 -o 另选一个文件\n`);
    before();
    // A report beside the plans is written as ever.
    expect((await run(["--no-config", "--format", "json", a, "-o", join(dir, "report.json")])).code).toBe(0);
  });

  it("refuses a cache or a baseline located on a plan", async () => {
    const { dir, a, b, before } = plans();
    expect(await run(["--no-config", "--cache", "--cache-location", b, dir])).toMatchObject({ code: 2, err: `缓存文件 ${b} 就是本次读取的方案，写入会覆盖方案；请用 --cache-location 另选位置\n` });
    expect(await run(["--no-config", "--write-baseline", "--baseline", a, dir])).toMatchObject({ code: 2, err: `基线文件 ${a} 就是本次读取的方案，写入会覆盖方案；请用 --baseline 另选文件\n` });
    before();
  });

  it("refuses to export a .docx over itself: the .docx beside a Word document is the document", async () => {
    const { dir, a } = plans();
    const docx = join(dir, "方案.docx");
    expect((await run(["export", "--no-config", a, "-o", docx])).code).toBe(0);
    const original = readFileSync(docx);
    expect(await run(["export", "--no-config", docx])).toMatchObject({ code: 2, out: "", err: `默认的输出文件 ${docx} 就是本次读取的方案，写入会覆盖方案；请用 -o 指定另一个输出文件\n` });
    expect((await run(["export", "--no-config", docx, "-o", docx])).code).toBe(2);
    expect(readFileSync(docx)).toEqual(original);
    expect((await run(["export", "--no-config", docx, "-o", join(dir, "公文.docx")])).code).toBe(0);
  });
});

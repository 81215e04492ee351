import { linkSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writePlanBack } from "../../server/src/cli/writeBack";
import { tempFolder } from "../support/tempFiles";

/**
 * A hard-linked plan is rewritten in place (its inode kept), so no rename makes the write atomic:
 * these tests make the disk fail part-way through that write, as a full disk or a quota does.
 */
const failure = vi.hoisted(() => ({
  /** Fail the write of these bytes: write half of them, then throw ENOSPC (once). */
  writing: null as Uint8Array | null,
  /** Fail every write after the first failure too (the restore cannot be written either). */
  always: false,
  /** Called at the failing write: what a run killed there would leave on disk. */
  atFailure: null as (() => void) | null,
}));

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeSync = ((fd: number, buffer: Uint8Array, offset: number = 0, length: number = buffer.length - offset, position?: number) => {
    const failing = failure.writing !== null && buffer.length === failure.writing.length && Buffer.from(buffer).equals(Buffer.from(failure.writing));
    if (failing) {
      failure.atFailure?.();
      if (!failure.always) failure.writing = null;
      fs.writeSync(fd, buffer, offset, Math.ceil(length / 2), position);
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    }
    return fs.writeSync(fd, buffer, offset, length, position);
  }) as typeof fs.writeSync;
  return { ...fs, default: { ...fs, writeSync }, writeSync };
});

const DRAFT = "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局、市工信局〕\n2.任务乙。〔责任单位：市财政局〕\n";
const FIXED = "一、总体要求\n（一）指导思想\n1.任务甲。〔责任单位：市工信局〕\n2.任务乙。〔责任单位：市财政局〕\n";

function hardLinkedPlan(): { dir: string; file: string; other: string } {
  const dir = tempFolder("inplace");
  const file = join(dir, "a.plan");
  writeFileSync(file, DRAFT);
  linkSync(file, join(dir, "b.plan"));
  return { dir, file, other: join(dir, "b.plan") };
}

afterEach(() => {
  failure.writing = null;
  failure.always = false;
  failure.atFailure = null;
});

describe("--fix on a hard-linked plan when the disk fails mid-write", () => {
  it("puts the old text back under every name, keeps the link, leaves no copy, and says so", () => {
    const { dir, file, other } = hardLinkedPlan();
    const inode = statSync(file).ino;
    failure.writing = Buffer.from(FIXED);
    const refusal = writePlanBack(file, Buffer.from(FIXED), readFileSync(file));
    expect(refusal).toBe("无法写回：磁盘空间不足（ENOSPC）（文件保持原内容）");
    expect(readFileSync(file, "utf8")).toBe(DRAFT);
    expect(readFileSync(other, "utf8")).toBe(DRAFT);
    expect(statSync(file).ino).toBe(inode);
    expect(statSync(file).nlink).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(["a.plan", "b.plan"]);
  });

  it("keeps the old text in a copy beside the plan while the plan is being overwritten (a killed run leaves it)", () => {
    const { dir, file } = hardLinkedPlan();
    let copies: string[] = [];
    failure.writing = Buffer.from(FIXED);
    failure.atFailure = () => {
      copies = readdirSync(dir)
        .filter((name) => name.endsWith(".orig"))
        .map((name) => readFileSync(join(dir, name), "utf8"));
    };
    writePlanBack(file, Buffer.from(FIXED), readFileSync(file));
    expect(copies).toEqual([DRAFT]);
  });

  it("when the old text cannot be written back either, keeps the copy and names it", () => {
    const { dir, file } = hardLinkedPlan();
    failure.writing = Buffer.from(FIXED);
    failure.always = true;
    // The restore writes the old bytes: make those fail too.
    const restore = Buffer.from(DRAFT);
    failure.atFailure = () => {
      failure.writing = restore;
    };
    const refusal = writePlanBack(file, Buffer.from(FIXED), readFileSync(file));
    const copy = readdirSync(dir).find((name) => name.endsWith(".orig"));
    expect(copy).toBeDefined();
    expect(readFileSync(join(dir, copy!), "utf8")).toBe(DRAFT);
    expect(refusal).toBe(`无法写回：磁盘空间不足（ENOSPC），且未能恢复原内容；原内容保存在 ${join(dir, copy!)}`);
  });

  it("writes the fix under every name and leaves no copy when the disk holds", () => {
    const { dir, file, other } = hardLinkedPlan();
    expect(writePlanBack(file, Buffer.from(FIXED), readFileSync(file))).toBeNull();
    expect(readFileSync(other, "utf8")).toBe(FIXED);
    expect(readdirSync(dir).sort()).toEqual(["a.plan", "b.plan"]);
  });
});

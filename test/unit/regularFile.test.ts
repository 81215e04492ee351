import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NotRegularFile, readRegularFile, readRegularText } from "../../server/src/node/regularFile";
import { tempFolder } from "../support/tempFiles";

describe("readRegularFile", () => {
  it("reads a regular file's bytes and text", () => {
    const file = join(tempFolder("regular"), "a.plan");
    writeFileSync(file, "一、总体要求\n");
    expect(readRegularText(file)).toBe("一、总体要求\n");
    expect(readRegularFile(file).length).toBe(Buffer.byteLength("一、总体要求\n"));
  });

  it("refuses a pipe without waiting for a writer, and says what it is", () => {
    const pipe = join(tempFolder("regular"), "p.plan");
    execFileSync("mkfifo", [pipe]);
    expect(() => readRegularText(pipe)).toThrow(NotRegularFile);
    expect(() => readRegularText(pipe)).toThrow("命名管道 FIFO");
  });

  it.runIf(existsSync("/dev/zero"))("refuses an endless device rather than reading it", () => {
    expect(() => readRegularFile("/dev/zero")).toThrow("设备文件");
  });

  it("refuses a folder and passes system errors on as they are", () => {
    const folder = tempFolder("regular");
    expect(() => readRegularText(folder)).toThrow(/目录|EISDIR/);
    expect(() => readRegularText(join(folder, "missing.plan"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

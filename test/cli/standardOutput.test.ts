import { spawnSync } from "node:child_process";
import { openSync, readFileSync, closeSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { standardOutput, type OutputSystem } from "../../server/src/cli/standardOutput";
import { tempFolder } from "../support/tempFiles";

/** A destination that takes `accept(n)` bytes per write and then throws what `fail` says. */
function destination(script: Array<number | string>, plain = true) {
  const direct: Buffer[] = [];
  const streamed: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => streamed.push(Buffer.from(chunk)));
  let streamTaken = 0;
  const system: OutputSystem = {
    plain: () => plain,
    writeSync(bytes, offset) {
      const step = script.shift();
      if (typeof step === "string") throw Object.assign(new Error(step), { code: step });
      const n = Math.min(step ?? Infinity, bytes.length - offset);
      direct.push(bytes.subarray(offset, offset + n));
      return n;
    },
    stream: () => (streamTaken++, stream),
  };
  return { system, text: () => Buffer.concat([...direct, ...streamed]).toString("utf8"), direct, streamTaken: () => streamTaken };
}

describe("standard output without Node's stream until it is needed", () => {
  it("writes whole texts straight to the descriptor, in order, never building the stream", async () => {
    const out = destination([]);
    const channel = standardOutput(() => expect.unreachable(), out.system);
    channel.write("第一行\n");
    channel.write("第二行\n");
    await channel.drained();
    expect(out.text()).toBe("第一行\n第二行\n");
    expect(out.streamTaken()).toBe(0);
  });

  it("finishes a partial write, and hands the rest to the stream when a write would block", async () => {
    // 4 bytes then EAGAIN: the rest of this text and every later text go through the stream.
    const out = destination([2, 2, "EAGAIN"]);
    const channel = standardOutput(() => expect.unreachable(), out.system);
    channel.write("责任单位：市场监管局\n");
    channel.write("下一段\n");
    await channel.drained();
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.text()).toBe("责任单位：市场监管局\n下一段\n");
    expect(out.streamTaken()).toBe(1);
  });

  it("goes quiet when the reader has gone (EPIPE) and reports any other error", () => {
    const gone = destination(["EPIPE"]);
    const channel = standardOutput(() => expect.unreachable(), gone.system);
    channel.write("a");
    channel.write("b");
    expect(gone.direct).toHaveLength(0);
    const failures: string[] = [];
    standardOutput((code) => failures.push(code), destination(["EIO"]).system).write("a");
    expect(failures).toEqual(["EIO"]);
  });

  it("leaves a destination that may be a terminal to the stream", () => {
    const out = destination([], false);
    standardOutput(() => expect.unreachable(), out.system).write("x");
    expect(out.direct).toHaveLength(0);
    expect(out.streamTaken()).toBe(1);
  });

  it("gives the same bytes to a file as through a pipe, from the real CLI", () => {
    const cli = resolve(__dirname, "../../out/cli.js");
    const plan = resolve(__dirname, "../../examples/示例市深化质量强市建设实施方案.plan");
    const piped = spawnSync(process.execPath, [cli, "--no-config", "--format", "json", plan], { encoding: "utf8" });
    const file = join(tempFolder("stdout"), "out.json");
    const fd = openSync(file, "w");
    const written = spawnSync(process.execPath, [cli, "--no-config", "--format", "json", plan], { stdio: ["ignore", fd, "pipe"] });
    closeSync(fd);
    expect(written.status).toBe(piped.status);
    expect(readFileSync(file, "utf8")).toBe(piped.stdout);
    expect(JSON.parse(piped.stdout).files).toHaveLength(1);
  });
});

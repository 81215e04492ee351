import { describe, expect, it } from "vitest";
import { decodePlanBytes } from "../../server/src/node/decode";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodePlanBytes: file signatures", () => {
  it("reads text that happens to begin like a signature as text", () => {
    // `MZ`, `GIF8`, `%PDF` are printable: a plan line (or the random documents of the
    // CLI-and-server property test) may start with them.
    for (const text of ["MZ", "MZ市场监管\n一、总体要求\n", "GIF89a 图片说明\n", "%PDF 转换稿\n（一）指导思想\n"]) {
      const decoded = decodePlanBytes(bytes(text));
      expect(decoded, text).toMatchObject({ ok: true, text });
    }
  });

  it("refuses an executable or image whose signature is followed by binary bytes", () => {
    const exe = new Uint8Array(64);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    expect(decodePlanBytes(exe)).toEqual({ ok: false, message: "不是文本文件，看起来是可执行文件（Windows）" });
    const pdf = new Uint8Array([...bytes("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01]);
    expect(decodePlanBytes(pdf)).toEqual({ ok: false, message: "不是文本文件，看起来是PDF 文件" });
  });

  it("refuses binary signatures whatever follows", () => {
    expect(decodePlanBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, message: "不是文本文件，看起来是PNG 图片" });
  });
});

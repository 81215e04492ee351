import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { printableName, RawFolders } from "../../server/src/node/rawNames";

describe("a file name's printable form", () => {
  it("is the name itself when it is UTF-8, a U+FFFD written in the name included", () => {
    expect(printableName(Buffer.from("方案\uFFFD(2).plan"))).toBe("方案\uFFFD(2).plan");
  });

  it("writes every byte past ASCII of a name in another encoding as \\xHH, even a pair that reads as UTF-8", () => {
    // GBK 草稿: B2 DD B8 E5, whose DD B8 alone is UTF-8's U+0778.
    expect(printableName(Buffer.concat([iconv.encode("草稿", "gbk"), Buffer.from("-1.plan")]))).toBe("\\xB2\\xDD\\xB8\\xE5-1.plan");
    expect(printableName(Buffer.from([0x61, 0xc0, 0x80]))).toBe("a\\xC0\\x80");
  });
});

describe("the folders listed by their bytes", () => {
  it("open a path under the nearest of them by its bytes and the rest of the path, any other path as it is", () => {
    const folders = new RawFolders();
    expect(folders.openable("/work/a/.plancheck.json")).toBe("/work/a/.plancheck.json");
    const raw = Buffer.concat([Buffer.from("/work/"), iconv.encode("草稿", "gbk")]);
    folders.add("/work/\\xB2\\xDD\\xB8\\xE5", raw);
    expect(folders.openable("/work/\\xB2\\xDD\\xB8\\xE5/sub/.plancheck.json")).toEqual(Buffer.concat([raw, Buffer.from("/sub/.plancheck.json")]));
    expect(folders.openable("/work/\\xB2\\xDD\\xB8\\xE5")).toEqual(raw);
    expect(folders.openable("/work/.plancheck.json")).toBe("/work/.plancheck.json");
  });
});

import { Inflate } from "fflate";

/**
 * Reads named entries of a zip archive without trusting it: the central directory is parsed
 * by hand (names, flags, declared sizes), then each wanted entry is inflated in small slices
 * with a running byte count, so a zip bomb is stopped at the limit instead of filling memory.
 * fflate does the inflating (well-kept, synchronous, no native code).
 */

export interface ZipLimits {
  /** Largest uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest ratio of uncompressed to compressed size for an entry past 1 MB. */
  maxRatio: number;
}

export class ZipRefusal extends Error {}

interface Entry {
  name: string;
  flags: number;
  compression: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SLICE = 16 * 1024;

export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfCentralDirectory(bytes, view);
    if (end < 0) throw new ZipRefusal("文件不完整或已损坏（找不到 zip 目录，可能被截断）");
    const count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    if (offset === 0xffffffff || count === 0xffff) throw new ZipRefusal("是 ZIP64 格式的超大文件，不予读取");
    for (let index = 0; index < count; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ZipRefusal("文件已损坏（zip 目录不完整）");
      const nameLength = view.getUint16(offset + 28, true);
      const entry: Entry = {
        flags: view.getUint16(offset + 8, true),
        compression: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        size: view.getUint32(offset + 24, true),
        localOffset: view.getUint32(offset + 42, true),
        name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      };
      this.entries.set(entry.name, entry);
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new ZipRefusal("已加密（设有密码），请先在 Word 中取消密码");
    if (entry.size > this.limits.maxEntryBytes) throw new ZipRefusal(`${name} 解压后 ${megabytes(entry.size)} MB，超过上限 ${megabytes(this.limits.maxEntryBytes)} MB`);
    if (entry.size > 1024 * 1024 && entry.size > entry.compressedSize * this.limits.maxRatio) {
      throw new ZipRefusal(`${name} 的压缩比异常（${Math.round(entry.size / Math.max(entry.compressedSize, 1))}:1），疑似 zip 炸弹`);
    }
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ZipRefusal("文件已损坏（zip 条目头无效）");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = this.bytes.subarray(start, start + entry.compressedSize);
    if (data.length < entry.compressedSize) throw new ZipRefusal("文件不完整（可能被截断）");
    if (entry.compression === 0) return data;
    if (entry.compression !== 8) throw new ZipRefusal(`${name} 使用了不支持的压缩方式（${entry.compression}）`);
    return this.inflate(name, data);
  }

  private inflate(name: string, data: Uint8Array): Uint8Array {
    // The declared size may lie: count what actually comes out and stop at the limit.
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > this.limits.maxEntryBytes) throw new ZipRefusal(`${name} 解压后超过上限 ${megabytes(this.limits.maxEntryBytes)} MB，疑似 zip 炸弹`);
      chunks.push(chunk);
      if (final) done = true;
    });
    try {
      for (let offset = 0; offset < data.length; offset += SLICE) inflater.push(data.subarray(offset, offset + SLICE), offset + SLICE >= data.length);
    } catch (error) {
      if (error instanceof ZipRefusal) throw error;
      throw new ZipRefusal(`${name} 无法解压，文件已损坏`);
    }
    if (!done) throw new ZipRefusal(`${name} 不完整，文件可能被截断`);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  return -1;
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

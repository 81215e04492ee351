import { TextMemo } from "../core/text/textMemo.js";

/**
 * A message's JSON as UTF-8 bytes, written straight into a byte buffer: what the stdio
 * transport sends for every message, above all the diagnostics of a plan on every keystroke.
 *
 * vscode-jsonrpc sends `Buffer.from(JSON.stringify(message))`. For a large plan's diagnostics
 * (some 400 of them, 80 K characters, their Chinese messages making the whole text two-byte)
 * that cost 1.2–1.6 ms a keystroke, most of it in reading the fresh string JSON.stringify
 * builds (its pieces are joined on first read), against about 0.6 ms here: the ASCII of the
 * structure (keys, numbers, rule ids, positions) is written byte by byte, and a string that is
 * not plain ASCII — a message — is escaped and encoded once and then copied from a memo, as the
 * same few hundred messages come back keystroke after keystroke.
 *
 * The bytes are exactly those of `JSON.stringify` for the values a protocol message holds
 * (plain objects, arrays, strings, finite numbers, booleans, null; undefined members left
 * out). Anything else — an object with toJSON or a prototype of its own, a number that is not
 * finite, a BigInt — is written by JSON.stringify itself, so the result never differs.
 *
 * Framed as the base protocol sends it: `Content-Length: N\r\n\r\n` before the JSON, in one
 * buffer, so the transport writes it in one go (stdioTransport.ts).
 */
export function framedJsonBytes(value: unknown): Buffer {
  const writer = new JsonByteWriter();
  writer.value(value);
  return writer.framed();
}

/** Strings written as their escaped UTF-8 bytes, kept while they recur (messages, URIs). */
const ENCODED = new TextMemo<Uint8Array>(4096);
/** Members' keys with their colon (`"range":`), by key. */
const KEYS = new TextMemo<Uint8Array>(1024);
/** Longer strings that need encoding are one-offs (a hover, an edit's new text): not remembered. */
const MEMO_LIMIT = 512;

const QUOTE = 0x22;
const COMMA = 0x2c;

/** Reused between messages: a message is copied out of it, so a write in flight never sees a later one. */
let scratch = Buffer.allocUnsafeSlow(1 << 16);

class JsonByteWriter {
  private buffer = scratch;
  private length = 0;

  /** The bytes after their base-protocol header (the header is ASCII: its length is its byte count). */
  framed(): Buffer {
    const header = `Content-Length: ${this.length}\r\n\r\n`;
    const out = Buffer.allocUnsafe(header.length + this.length);
    out.write(header, 0, "latin1");
    this.buffer.copy(out, header.length, 0, this.length);
    scratch = this.buffer;
    return out;
  }

  value(value: unknown): void {
    switch (typeof value) {
      case "string":
        return this.string(value);
      case "number":
        return this.number(value);
      case "boolean":
        return this.ascii(value ? "true" : "false");
      case "object":
        if (value === null) return this.ascii("null");
        if (typeof (value as { toJSON?: unknown }).toJSON === "function") return this.stringified(value);
        if (Array.isArray(value)) return this.array(value);
        if (isPlainObject(value)) return this.object(value as Record<string, unknown>);
        return this.stringified(value);
      default:
        // undefined, functions and symbols only occur as members, which `object` and `array`
        // handle; a BigInt makes JSON.stringify throw, as it should here.
        return this.stringified(value);
    }
  }

  private object(value: Record<string, unknown>): void {
    this.byte(0x7b);
    let first = true;
    for (const key of Object.keys(value)) {
      const member = value[key];
      if (member === undefined || typeof member === "function" || typeof member === "symbol") continue;
      if (!first) this.byte(COMMA);
      first = false;
      this.encoded(KEYS.lookup(key) ?? KEYS.remember(key, encodeKey));
      this.value(member);
    }
    this.byte(0x7d);
  }

  private array(value: readonly unknown[]): void {
    this.byte(0x5b);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) this.byte(COMMA);
      const element = value[i];
      if (element === undefined || typeof element === "function" || typeof element === "symbol") this.ascii("null");
      else this.value(element);
    }
    this.byte(0x5d);
  }

  private string(text: string): void {
    if (isPlainAscii(text)) {
      this.reserve(text.length + 2);
      const buffer = this.buffer;
      let at = this.length;
      buffer[at++] = QUOTE;
      for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
      buffer[at++] = QUOTE;
      this.length = at;
      return;
    }
    const encoded = text.length > MEMO_LIMIT ? encodeString(text) : (ENCODED.lookup(text) ?? ENCODED.remember(text, encodeString));
    this.reserve(encoded.length);
    this.buffer.set(encoded, this.length);
    this.length += encoded.length;
  }

  /** Positions and counts are small whole numbers: their digits are written without a string. */
  private number(value: number): void {
    if (!(value >= 0 && value < 1e9 && value === Math.floor(value))) return this.ascii(Number.isFinite(value) ? String(value) : "null");
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.reserve(digits);
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    do {
      this.buffer[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  private encoded(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A value JSON.stringify writes (see `jsonBytes` for which). */
  private stringified(value: unknown): void {
    const encoded = Buffer.from(JSON.stringify(value) ?? "null");
    this.reserve(encoded.length);
    this.buffer.set(encoded, this.length);
    this.length += encoded.length;
  }

  /** Text known to be ASCII (numbers, literals). */
  private ascii(text: string): void {
    this.reserve(text.length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  private byte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + count));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}

/** Printable ASCII with nothing JSON escapes (no quote, no backslash, no control character). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === QUOTE || code === 0x5c) return false;
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const encodeString = (text: string): Uint8Array => Buffer.from(JSON.stringify(text));
/** A member's key with its colon: a message repeats a handful of keys thousands of times. */
const encodeKey = (key: string): Uint8Array => Buffer.from(`${JSON.stringify(key)}:`);

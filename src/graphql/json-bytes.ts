/**
 * JSON written straight into UTF-8 bytes, byte for byte what
 * `Buffer.from(JSON.stringify(value))` would give, without ever building the
 * JSON as a JavaScript string. The articles' curly quotes and no-break spaces
 * make such a string two-byte, and encoding a 100 KB two-byte string to UTF-8
 * costs as much as writing it: here each string is encoded once, where it is
 * written, and plain ASCII strings are copied as they are.
 *
 * One writer serves one answer at a time (the compiled plans run
 * synchronously); `take` copies the answer out.
 */

/** Printable ASCII without `"` and `\`: a string of only these is its own JSON, byte for byte. */
const NEEDS_MORE_THAN_ASCII = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
/** What JSON.stringify escapes: `"`, `\`, control characters and (unpaired) surrogates. */
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Below this length a loop in JavaScript beats a call into the engine's encoder. */
const SHORT = 24;
const HEX = '0123456789abcdef';
/** Longest string whose encoding is remembered; and how many bytes of encodings are kept before starting over. */
const MAX_REMEMBERED = 64 * 1024;
const REMEMBERED_BYTES = 16 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);

export class JsonBytes {
  private buffer: Buffer = EMPTY;
  private at = 0;

  /**
   * Starts an answer in a buffer of its own, of about the size expected (it
   * grows when that is too small): `finish` hands that buffer on without a copy.
   */
  start(expectedBytes: number): void {
    this.buffer = Buffer.allocUnsafe(Math.max(64, expectedBytes));
    this.at = 0;
  }

  /** The answer's bytes; the writer lets go of them. */
  finish(): Buffer {
    const out = this.buffer.subarray(0, this.at);
    this.buffer = EMPTY;
    this.at = 0;
    return out;
  }

  /** How many bytes the answer has so far. */
  get length(): number {
    return this.at;
  }

  /** Bytes that are JSON already (punctuation, keys, enum names), made once by the caller. */
  raw(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.at + n > this.buffer.length) this.grow(n);
    const buffer = this.buffer;
    let at = this.at;
    if (n < 16) for (let i = 0; i < n; i++) buffer[at++] = bytes[i]!;
    else {
      buffer.set(bytes, at);
      at += n;
    }
    this.at = at;
  }

  /** One ASCII character: `{`, `[`, `,`... */
  byte(code: number): void {
    if (this.at === this.buffer.length) this.grow(1);
    this.buffer[this.at++] = code;
  }

  null(): void {
    this.raw(NULL);
  }

  boolean(value: boolean): void {
    this.raw(value ? TRUE : FALSE);
  }

  /** A number as JSON.stringify writes it: `null` unless finite. */
  number(value: number): void {
    if (!Number.isFinite(value)) return this.null();
    if (Number.isInteger(value) && value >= 0 && value < 1e15) return this.digits(value);
    this.ascii(String(value));
  }

  /** A string as JSON.stringify writes it, quotes included. */
  string(value: string): void {
    const n = value.length;
    if (n >= SHORT && n <= MAX_REMEMBERED) {
      // The same statements, titles and quotes are written answer after answer: encode each once.
      return this.raw(encoded.get(value) ?? JsonBytes.remember(value));
    }
    this.encodeString(value);
  }

  /** A string's JSON bytes, remembered by content (an equal string is written the same) up to a budget. */
  private static remember(value: string): Buffer {
    const encoder = (JsonBytes.encoder ??= new JsonBytes());
    encoder.start(6 * value.length + 2);
    encoder.encodeString(value);
    // A copy of exactly its length: the map keeps it.
    const bytes = Buffer.from(encoder.finish());
    if (rememberedBytes + bytes.length > REMEMBERED_BYTES) {
      encoded.clear();
      rememberedBytes = 0;
    }
    encoded.set(value, bytes);
    rememberedBytes += bytes.length;
    return bytes;
  }

  private static encoder: JsonBytes | undefined;

  /** `string` without the memory of encoded strings. */
  private encodeString(value: string): void {
    const n = value.length;
    // Worst case: every unit escaped as \u00xx (6 bytes), and the two quotes.
    if (this.at + 6 * n + 2 > this.buffer.length) this.grow(6 * n + 2);
    this.buffer[this.at++] = 0x22;
    if (n < SHORT || NEEDS_ESCAPING.test(value)) this.encode(value);
    else if (!NEEDS_MORE_THAN_ASCII.test(value)) this.at += this.buffer.write(value, this.at, 'latin1');
    else this.at += this.buffer.write(value, this.at, 'utf8');
    this.buffer[this.at++] = 0x22;
  }

  /** Any JSON value (a custom scalar's, the provenance): what JSON.stringify writes for it. */
  value(value: unknown): void {
    if (typeof value === 'string') return this.string(value);
    if (typeof value === 'number') return this.number(value);
    if (typeof value === 'boolean') return this.boolean(value);
    if (value === null) return this.null();
    const text = JSON.stringify(value) as string | undefined;
    if (text === undefined) throw new TypeError('not a JSON value');
    if (this.at + 3 * text.length > this.buffer.length) this.grow(3 * text.length);
    this.at += this.buffer.write(text, this.at, 'utf8');
  }

  /** Text known to be ASCII (a number's digits). */
  private ascii(text: string): void {
    if (this.at + text.length > this.buffer.length) this.grow(text.length);
    this.at += this.buffer.write(text, this.at, 'latin1');
  }

  /** A whole number from 0 to 1e15, digit by digit (no string made). */
  private digits(value: number): void {
    if (this.at + 16 > this.buffer.length) this.grow(16);
    const buffer = this.buffer;
    let length = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) length++;
    let at = (this.at += length);
    let rest = value;
    while (rest >= 10) {
      const next = Math.floor(rest / 10);
      buffer[--at] = 0x30 + rest - next * 10;
      rest = next;
    }
    buffer[--at] = 0x30 + rest;
  }

  /** UTF-8 with JSON.stringify's escapes, unit by unit; capacity was reserved by `string`. */
  private encode(value: string): void {
    const buffer = this.buffer;
    let at = this.at;
    const n = value.length;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
          buffer[at++] = c;
          continue;
        }
        buffer[at++] = 0x5c;
        const short = c === 0x22 ? 0x22 : c === 0x5c ? 0x5c : c === 8 ? 0x62 : c === 12 ? 0x66 : c === 10 ? 0x6e : c === 13 ? 0x72 : c === 9 ? 0x74 : 0;
        if (short) buffer[at++] = short;
        else at = hexEscapeTail(buffer, at, c);
      } else if (c < 0x800) {
        buffer[at++] = 0xc0 | (c >> 6);
        buffer[at++] = 0x80 | (c & 0x3f);
      } else if (c < 0xd800 || c > 0xdfff) {
        buffer[at++] = 0xe0 | (c >> 12);
        buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
        buffer[at++] = 0x80 | (c & 0x3f);
      } else {
        const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          const point = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
          buffer[at++] = 0xf0 | (point >> 18);
          buffer[at++] = 0x80 | ((point >> 12) & 0x3f);
          buffer[at++] = 0x80 | ((point >> 6) & 0x3f);
          buffer[at++] = 0x80 | (point & 0x3f);
          i++;
        } else {
          // A lone surrogate: JSON.stringify writes it as \udxxx.
          buffer[at++] = 0x5c;
          at = hexEscapeTail(buffer, at, c);
        }
      }
    }
    this.at = at;
  }

  private grow(needed: number): void {
    let size = Math.max(64, this.buffer.length * 2);
    while (size < this.at + needed) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    this.buffer.copy(bigger, 0, 0, this.at);
    this.buffer = bigger;
  }
}

const encoded = new Map<string, Buffer>();
let rememberedBytes = 0;

/** `u` and four lowercase hex digits, after the backslash already written. */
function hexEscapeTail(buffer: Buffer, at: number, c: number): number {
  buffer[at++] = 0x75;
  buffer[at++] = HEX.charCodeAt(c >> 12);
  buffer[at++] = HEX.charCodeAt((c >> 8) & 15);
  buffer[at++] = HEX.charCodeAt((c >> 4) & 15);
  buffer[at++] = HEX.charCodeAt(c & 15);
  return at;
}

/** ASCII text as bytes, for `raw`. */
export const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');

const NULL = ascii('null');
const TRUE = ascii('true');
const FALSE = ascii('false');

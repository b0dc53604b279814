/**
 * The byte writer writes what Buffer.from(JSON.stringify(x)) gives, for every
 * kind of character: ASCII, Latin-1, the BMP, surrogate pairs, lone
 * surrogates, control characters and the characters JSON escapes, in short
 * strings (the loop) and long ones (the engine's encoders). Deterministic:
 * the "random" strings come from a fixed seed.
 */
import { describe, expect, it } from 'vitest';
import { JsonBytes } from '../../src/graphql/json-bytes.js';

const writer = new JsonBytes();
const written = (write: (w: JsonBytes) => void) => {
  // A small start: every test also grows the buffer.
  writer.start(8);
  write(writer);
  return writer.finish();
};
const asJSON = (value: unknown) => Buffer.from(JSON.stringify(value));

/** A fixed-seed generator (LCG), so that every run checks the same strings. */
function generator(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const POOLS: Array<[number, number]> = [
  [0x20, 0x7e], // printable ASCII
  [0x00, 0x1f], // control characters
  [0x7f, 0xff], // DEL and Latin-1
  [0x100, 0x7ff], // two UTF-8 bytes
  [0x800, 0xd7ff], // three UTF-8 bytes
  [0xd800, 0xdfff], // surrogates, paired or not
  [0xe000, 0xffff], // three UTF-8 bytes, above the surrogates
];

function randomString(next: () => number, length: number, pools: readonly number[]): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = POOLS[pools[Math.floor(next() * pools.length)]!]!;
    out += String.fromCharCode(low + Math.floor(next() * (high - low + 1)));
  }
  return out;
}

describe('JsonBytes', () => {
  it('writes strings as JSON.stringify does, escapes and surrogates included', () => {
    const fixed = ['', 'a', '"', '\\', '\b\f\n\r\t', '\u0000\u001f\u007f', 'é', '\u00a0', '“quoted”', '\u2028\u2029', '😀', '\ud83d', '\ude00x', 'x\ud83d', '\ude00\ud83d', 'a"b\\c'];
    for (const s of fixed) for (const padded of [s, s.padEnd(40, 'z'), 'z'.repeat(40) + s]) expect(written((w) => w.string(padded)).equals(asJSON(padded)), JSON.stringify(padded)).toBe(true);
    const next = generator(17);
    const mixes = [[0], [0, 2], [0, 4], [0, 1], [0, 5], [3, 4, 6], [0, 1, 2, 3, 4, 5, 6]];
    for (const pools of mixes)
      for (const length of [1, 5, 23, 24, 25, 100, 1000]) {
        for (let i = 0; i < 20; i++) {
          const s = randomString(next, length, pools);
          expect(written((w) => w.string(s)).equals(asJSON(s)), JSON.stringify(s)).toBe(true);
        }
      }
  });

  it('writes numbers, booleans, null and any JSON value as JSON.stringify does', () => {
    for (const n of [0, -0, 1, 7, 10, 42, -1, 0.5, -2.75, 1e21, 1e-7, 123456789012345, 2 ** 53, NaN, Infinity, -Infinity, 586000, 27.844877243041992])
      expect(written((w) => w.number(n)).toString(), String(n)).toBe(JSON.stringify(n));
    expect(written((w) => (w.boolean(true), w.byte(0x2c), w.boolean(false), w.byte(0x2c), w.null())).toString()).toBe('true,false,null');
    const document = { type: 'FeatureCollection', features: [{ a: [1, 'é', null, true], b: { c: '“x”' } }], skipped: undefined, [Symbol('s')]: 1 };
    expect(written((w) => w.value(document)).equals(asJSON(document))).toBe(true);
  });

  it('grows past its first buffer and starts again', () => {
    const long = 'x“'.repeat(300_000);
    expect(written((w) => w.string(long)).equals(asJSON(long))).toBe(true);
    expect(written((w) => w.string('small')).toString()).toBe('"small"');
  });
});

/**
 * Reading a number from the words a quantity was taken from ("around 600,000",
 * "seven", "three million", "hundreds", "completely"). The loader uses it to
 * check that a stored value is what its words say.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
/** Vague plurals read as their base: the qualifier (DOZENS_OF, HUNDREDS_OF...) carries the range. */
const VAGUE: Record<string, number> = { dozens: 12, scores: 20, hundreds: 100, thousands: 1_000, millions: 1_000_000, few: 3 };
/** Words of completion: "completely retaking the M5" leaves 0 km outside control. */
const NIL = new Set(['none', 'nil', 'zero', 'completely', 'whole', 'entire', 'full']);

/** The first number the words state, or null when they state none. */
export function readNumber(words: string): number | null {
  const tokens = words
    .toLowerCase()
    .split(/[\s\u00a0\-–()]+/)
    .map((t) => t.replace(/^[^\w]+|[^\w]+$/g, ''))
    .filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/.exec(token);
    if (digits) {
      let value = Number(token.replace(/,/g, ''));
      const scale = SCALES[tokens[i + 1] ?? ''];
      if (scale) value *= scale;
      return value;
    }
    if (token in UNITS) {
      // "three million", "twenty five", "one hundred"
      let value = UNITS[token]!;
      for (let j = i + 1; j < tokens.length; j++) {
        const next = tokens[j]!;
        if (next in UNITS && UNITS[next]! < 10 && value % 10 === 0 && value >= 20) value += UNITS[next]!;
        else if (next in SCALES) value *= SCALES[next]!;
        else if (next !== 'and') break;
      }
      return value;
    }
    if (token in VAGUE) {
      // "hundreds of thousands" is read as 100 x 1,000: the qualifier HUNDREDS_OF spans 200,000 to 999,999
      const scale = tokens[i + 1] === 'of' ? VAGUE[tokens[i + 2] ?? ''] : undefined;
      return VAGUE[token]! * (scale && scale >= 1_000 ? scale : 1);
    }
    if (NIL.has(token)) return 0;
  }
  return null;
}

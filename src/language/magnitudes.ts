/**
 * Magnitude words and abbreviations written after a numeral, as powers of ten. The recognizers miss most of the
 * finance shorthand ("3.5m", "USD 4.2m", "1MM", "4bn"), so these are read here.
 * "mm" is the finance "thousand thousand" (1MM = 1,000,000), never millimetres in an answer about money.
 */
const powerOfTen: Readonly<Record<string, number>> = {
  hundred: 2,
  k: 3,
  thousand: 3,
  thousands: 3,
  'hundred thousand': 5,
  m: 6,
  mm: 6,
  mn: 6,
  mln: 6,
  mio: 6,
  mil: 6,
  million: 6,
  millions: 6,
  'hundred million': 8,
  b: 9,
  bn: 9,
  bln: 9,
  billion: 9,
  billions: 9,
  tn: 12,
  trillion: 12,
  trillions: 12,
};

/** Every magnitude word and abbreviation above, as written ("hundred thousand" included). */
export const MAGNITUDE_WORDS: readonly string[] = Object.keys(powerOfTen);

// Longest alternatives first so "mm" wins over "m" and "hundred thousand" over "hundred". The lookahead stops
// "4 more" or "3 months" being read as millions.
export const MAGNITUDE_SUFFIX =
  /^\s*(hundred\s+thousand|hundred\s+million|hundred|thousands?|millions?|billions?|trillions?|mm|mn|mln|mio|mil|bn|bln|tn|k|m|b)(?![a-z\d])/;

/**
 * The power of ten a magnitude word stands for, or undefined when the word is not one.
 *
 * @example
 * magnitudePower('MM'); // 6
 */
export function magnitudePower(word: string): number | undefined {
  return powerOfTen[word.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * Multiplies a plain decimal numeral by a power of ten by moving its decimal point, so "3.6" and 6 give exactly
 * 3600000 rather than the 3600000.0000000005 that floating-point multiplication can produce.
 *
 * @example
 * scaleDecimal('4.1', 6); // 4100000
 */
export function scaleDecimal(numeral: string, power: number): number {
  if (/e/i.test(numeral)) return Number(numeral) * 10 ** power;
  const negative = numeral.startsWith('-');
  const unsigned = negative ? numeral.slice(1) : numeral;
  const [integerPart = '', fractionPart = ''] = unsigned.split('.');
  const digits = integerPart + fractionPart;
  const pointAt = integerPart.length + power;
  const shifted =
    pointAt >= digits.length ? digits + '0'.repeat(pointAt - digits.length) : `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  const value = Number(shifted.startsWith('.') ? `0${shifted}` : shifted);
  return negative ? -value : value;
}

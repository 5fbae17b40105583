// Number words, time units and frequency words in English and German. Durations are kept in hours so
// that "two weeks", "14 days", "fortnight" and "zwei Wochen" all become the same key.

const day = 24;
const week = 7 * day;
const month = 30 * day;
const quarter = 90 * day;
const year = 365 * day;

export const numberWords: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
  couple: 2,
  other: 2,
  null: 0,
  ein: 1,
  eine: 1,
  einen: 1,
  einem: 1,
  einer: 1,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
  hundert: 100,
  halbe: 0.5,
  halben: 0.5,
  anderthalb: 1.5,
};

/** Number words that only count when a time unit follows ("a week", but not "a baseline"). */
export const weakNumberWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'one',
  'half',
  'couple',
  'other',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eins',
  'halbe',
  'halben',
]);

export const unitHours: Readonly<Record<string, number>> = {
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  h: 1,
  day: day,
  days: day,
  d: day,
  week: week,
  weeks: week,
  wk: week,
  wks: week,
  fortnight: 2 * week,
  fortnights: 2 * week,
  month: month,
  months: month,
  quarter: quarter,
  quarters: quarter,
  year: year,
  years: year,
  yr: year,
  yrs: year,
  minuten: 1 / 60,
  stunde: 1,
  stunden: 1,
  std: 1,
  tag: day,
  tage: day,
  tagen: day,
  tages: day,
  werktag: day,
  werktage: day,
  werktagen: day,
  arbeitstag: day,
  arbeitstage: day,
  arbeitstagen: day,
  woche: week,
  wochen: week,
  monat: month,
  monate: month,
  monaten: month,
  monats: month,
  quartal: quarter,
  quartale: quarter,
  quartalen: quarter,
  quartals: quarter,
  jahr: year,
  jahre: year,
  jahren: year,
  jahres: year,
  tägig: day,
  tägige: day,
  tägigen: day,
  tägiger: day,
  wöchig: week,
  wöchige: week,
  wöchigen: week,
  monatig: month,
  monatige: month,
  monatigen: month,
  jährig: year,
  jährige: year,
  jährigen: year,
};

/** Words that stand for "every <unit>" on their own. */
export const frequencyWords: Readonly<Record<string, number>> = {
  hourly: 1,
  daily: day,
  nightly: day,
  everyday: day,
  weekly: week,
  fortnightly: 2 * week,
  biweekly: 2 * week,
  monthly: month,
  quarterly: quarter,
  yearly: year,
  annually: year,
  annual: year,
  semiannually: year / 2,
  biannually: year / 2,
  stündlich: 1,
  täglich: day,
  nächtlich: day,
  wöchentlich: week,
  zweiwöchentlich: 2 * week,
  vierzehntäglich: 2 * week,
  monatlich: month,
  quartalsweise: quarter,
  vierteljährlich: quarter,
  quartalsmäßig: quarter,
  halbjährlich: year / 2,
  jährlich: year,
  alljährlich: year,
};

/** Words that turn the quantity after them into a frequency ("every two weeks", "alle 14 Tage"). */
export const frequencyPrefixes: ReadonlySet<string> = new Set([
  'every',
  'each',
  'per',
  'once',
  'alle',
  'jede',
  'jeden',
  'jedes',
  'jeder',
  'pro',
  'einmal',
  'je',
]);

/** Small words allowed between a frequency prefix and its unit ("once a month", "einmal im Monat"). */
export const frequencyFillers: ReadonlySet<string> = new Set([
  'a',
  'an',
  'per',
  'every',
  'im',
  'in',
  'der',
  'pro',
  'am',
  'the',
]);

const tens: Readonly<Record<string, number>> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const germanUnits: Readonly<Record<string, number>> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};

/** Value of a single number token or word, or null. Handles German "vierundzwanzig". */
export function numberValue(norm: string): number | null {
  if (/^\p{N}+(?:[.,]\p{N}+)?$/u.test(norm)) {
    const value = Number(norm.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  const word = numberWords[norm];
  if (word !== undefined) return word;
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(norm);
  if (compound !== null) {
    const unit = germanUnits[compound[1] ?? ''];
    const ten = tens[compound[2] ?? ''];
    if (unit !== undefined && ten !== undefined) return ten + unit;
  }
  return null;
}

/** A German word glued from a number and a unit, such as "zweiwöchig" or "vierzehntägig". */
export function gluedQuantity(norm: string): { value: number; hours: number; frequency: boolean } | null {
  const match = /^(\p{L}+?)(tägig|täglich|wöchig|wöchentlich|monatig|monatlich|jährig|jährlich)(e[nrms]?)?$/u.exec(
    norm,
  );
  if (match === null) return null;
  const value = numberValue(match[1] ?? '');
  const suffix = match[2] ?? '';
  if (value === null || value < 1) return null;
  const base = suffix.startsWith('tä') ? day : suffix.startsWith('w') ? week : suffix.startsWith('m') ? month : year;
  return { value, hours: base, frequency: suffix.endsWith('lich') };
}

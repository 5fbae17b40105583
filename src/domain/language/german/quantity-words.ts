import { hours } from '../hours';
import type { GluedQuantity, QuantityWords } from '../language-pack';

const { day, week, month, quarter, year } = hours;

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
const ones: Readonly<Record<string, number>> = {
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

/** "vierundzwanzig": a unit, "und", and a ten, written as one word. */
function composedNumber(norm: string): number | null {
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(norm);
  if (compound === null) return null;
  const unit = ones[compound[1] ?? ''];
  const ten = tens[compound[2] ?? ''];
  return unit !== undefined && ten !== undefined ? ten + unit : null;
}

/** A word glued from a number and a unit, such as "zweiwöchig" or "vierzehntägig". */
function gluedQuantity(norm: string, numberValue: (word: string) => number | null): GluedQuantity | null {
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

/** German number words, time units and frequency words. */
export const germanQuantities: QuantityWords = {
  numbers: {
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
  },
  weakNumbers: ['ein', 'eine', 'einen', 'einem', 'einer', 'eins', 'halbe', 'halben'],
  units: {
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
  },
  unitQualifiers: [],
  bareUnits: [],
  countFillers: [],
  frequencies: {
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
  },
  frequencyPrefixes: ['alle', 'jede', 'jeden', 'jedes', 'jeder', 'pro', 'einmal', 'je'],
  frequencyFillers: ['im', 'in', 'der', 'pro', 'am'],
  // "wöchentliche", "monatlichen"
  frequencyEndings: /(e|en|er|es|em)$/,
  composedNumber,
  gluedQuantity,
};

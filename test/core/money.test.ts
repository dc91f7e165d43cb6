import { describe, expect, it } from 'vitest';
import { findMoney as findIn, parseNumber } from '../../src/core/money.ts';
import { buildMoneyTable } from '../../src/core/money-table.ts';
import { loadLanguages } from '../../scripts/dataset.ts';

const table = buildMoneyTable(loadLanguages());
const findMoney = (text: string, from?: number, to?: number) => findIn(text, table, from, to);

describe('parseNumber', () => {
  it.each([
    ['107', 107], ['107.76', 107.76], ['107,76', 107.76], ['1,077', 1077], ['1077.7', 1077.7],
    ['107.000.000.000', 107e9], ['1,077.7', 1077.7], ['1.077,7', 1077.7], ['107\u00a0000', 107000],
  ])('%s -> %d', (raw, value) => expect(parseNumber(raw)).toBeCloseTo(value, 6));
});

describe('findMoney', () => {
  it.each([
    ['$107 billion', 107e9, 'USD', '$107 billion'],
    ['US$107.76 billion', 107.76e9, 'USD', 'US$107.76 billion'],
    ['USD 107.8bn', 107.8e9, 'USD', 'USD 107.8bn'],
    ['107 miliar dolar AS', 107e9, 'USD', '107 miliar dolar AS'],
    ['$107 miliar', 107e9, 'USD', '$107 miliar'],
    ['107,76 млрд долларов', 107.76e9, 'USD', '107,76 млрд долларов'],
    ['107,76 млрд долл. США', 107.76e9, 'USD', '107,76 млрд долл. США'],
    ['107,8 milliards de dollars', 107.8e9, 'USD', '107,8 milliards de dollars'],
    ['107,8 Md$', 107.8e9, 'USD', '107,8 Md$'],
    ['107,76 mil millones de dólares', 107.76e9, 'USD', '107,76 mil millones de dólares'],
    ['US$ 107,76 bilhões', 107.76e9, 'USD', 'US$ 107,76 bilhões'],
    ['107 de miliarde de dolari', 107e9, 'USD', '107 de miliarde de dolari'],
    ['108.200 millones de dólares', 108.2e9, 'USD', '108.200 millones de dólares'],
    ['107,8 miliardi di dollari', 107.8e9, 'USD', '107,8 miliardi di dollari'],
    ['107,8 Milliarden US-Dollar', 107.8e9, 'USD', '107,8 Milliarden US-Dollar'],
    ['107,8 mld dolarów', 107.8e9, 'USD', '107,8 mld dolarów'],
    ['107,8 milliárd dollár', 107.8e9, 'USD', '107,8 milliárd dollár'],
    ['107,8 milyar dolar', 107.8e9, 'USD', '107,8 milyar dolar'],
    ['١٠٧٫٧٦ مليار دولار', 107.76e9, 'USD', '١٠٧٫٧٦ مليار دولار'],
    ['۱۰۷٫۸ میلیارد دلار', 107.8e9, 'USD', '۱۰۷٫۸ میلیارد دلار'],
    ['107.8 מיליארד דולר', 107.8e9, 'USD', '107.8 מיליארד דולר'],
    ['107.8 अरब डॉलर', 107.8e9, 'USD', '107.8 अरब डॉलर'],
    ['१०७.८ अरब डॉलर', 107.8e9, 'USD', '१०७.८ अरब डॉलर'],
    ['107,760 ล้านดอลลาร์', 107.76e9, 'USD', '107,760 ล้านดอลลาร์'],
    ['1.07 แสนล้านดอลลาร์', 107e9, 'USD', '1.07 แสนล้านดอลลาร์'],
    ['107,8 tỷ USD', 107.8e9, 'USD', '107,8 tỷ USD'],
    ['1078億ドル', 107.8e9, 'USD', '1078億ドル'],
    ['1078억 달러', 107.8e9, 'USD', '1078억 달러'],
    ['107,8 δισ. δολάρια', 107.8e9, 'USD', '107,8 δισ. δολάρια'],
    ['107,8 милијарди долара', 107.8e9, 'USD', '107,8 милијарди долара'],
    ['1077.7亿美元', 107.77e9, 'USD', '1077.7亿美元'],
    ['1,077亿美元', 107.7e9, 'USD', '1,077亿美元'],
    ['107.8 billion US dollars', 107.8e9, 'USD', '107.8 billion US dollars'],
    ['$107 million', 107e6, 'USD', '$107 million'],
    ['HK$107 billion', 107e9, 'XXX', 'HK$107 billion'],
  ])('%s', (text, value, currency, surface) => {
    const [found, ...rest] = findMoney(`x ${text}.`);
    expect(rest).toEqual([]);
    expect(found!.value).toBeCloseTo(value, -3);
    expect(found!.currency).toBe(currency);
    expect(`x ${text}.`.slice(found!.start, found!.end)).toBe(surface);
  });
  it('ignores bare numbers, years and codes', () => {
    expect(findMoney('In 2020, 107 people and an A380 and COVID-19 and 11 years.')).toEqual([]);
  });
  it('reads only inside the given range', () => {
    const text = '$1 billion and $2 billion';
    expect(findMoney(text, 10).map((x) => x.value)).toEqual([2e9]);
  });
});

describe('findMoney: every spelling of the dollar and of its scales, and other currencies never as dollars', () => {
  const USD = ['U.S. dollars', 'US dollar', 'American dollars', 'dolar AS', 'dolar Amerika Serikat', 'долларов США', 'долл. США', '美元', '美金',
    'dollars', 'dolar', 'USD', 'долл.', 'доллара', 'dólares', 'dollari', 'dolarów', 'доларів', 'δολάρια', 'دولار', 'دلار', 'דולר', 'डॉलर', 'ดอลลาร์', 'ドル', '달러'];
  const OTHER = ['yuan', 'RMB', 'CNY', 'юаней', '元', '人民币', 'roubles', 'RUB', 'рублей', 'euros', 'EUR', 'евро', '欧元', '€', 'rupiah', 'IDR'];
  const SCALES: [string, number][] = [
    ['', 1], ['trillion', 1e12], ['трлн.', 1e12], ['万亿', 1e12], ['billion', 1e9], ['bn', 1e9], ['miliar', 1e9], ['milyar', 1e9], ['млрд', 1e9],
    ['миллиардов', 1e9], ['十亿', 1e9], ['milliards', 1e9], ['Milliarden', 1e9], ['bilhões', 1e9], ['tỷ', 1e9], ['مليار', 1e9], ['million', 1e6],
    ['mln', 1e6], ['juta', 1e6], ['млн', 1e6], ['миллионов', 1e6], ['百万', 1e6], ['thousand', 1e3], ['тыс.', 1e3], ['亿', 1e8], ['万', 1e4], ['억', 1e8],
  ];
  const text = (scale: string, word: string) => {
    const glued = (s: string) => /^[\u3040-\u9fff\uac00-\ud7a3]/.test(s);
    return `x 107${scale ? (glued(scale) ? '' : ' ') + scale : ''}${glued(word) && (glued(scale) || !scale) ? '' : ' '}${word} y`;
  };
  it('reads every dollar word after every scale', () => {
    for (const word of USD) for (const [scale, factor] of SCALES) {
      expect(findMoney(text(scale, word)).map((f) => [f.currency, f.value]), text(scale, word)).toEqual([['USD', 107 * factor]]);
    }
  });
  it('never reads another currency as dollars (nor as anything: the parser knows only the figure\'s currency)', () => {
    expect(findMoney("x 107,8 milliards d'euros y")).toEqual([]);
    expect(findMoney('x €107 billion y')).toEqual([]);
    for (const word of OTHER) for (const [scale] of SCALES) {
      expect(findMoney(text(scale, word)).filter((f) => f.currency === 'USD'), text(scale, word)).toEqual([]);
    }
  });
  it.each([
    ['US$', 'USD'], ['U.S.$', 'USD'], ['USD ', 'USD'], ['HK$', 'XXX'], ['A$', 'XXX'], ['$', 'USD'],
  ])('reads the sign or code %s before the number', (prefix, currency) => {
    expect(findMoney(`x ${prefix}107 billion y`).map((f) => [f.currency, f.value])).toEqual([[currency, 107e9]]);
  });
  it('keeps no scale word that two languages read differently, unless English reads it (its reading wins)', () => {
    // Indonesian "M" is 10^9, English "M" 10^6; German and French "billion" is 10^12.
    expect(table.scales.find(([w]) => w === 'm')).toEqual(['m', 6]);
    expect(table.scales.find(([w]) => w === 'billion')).toEqual(['billion', 9]);
    expect(findMoney('x $107 M y').map((f) => f.value)).toEqual([107e6]);
  });
});

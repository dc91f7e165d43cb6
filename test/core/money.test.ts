import { describe, expect, it } from 'vitest';
import { findMoney, parseNumber } from '../../src/core/money.ts';

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
    ['1077.7亿美元', 107.77e9, 'USD', '1077.7亿美元'],
    ['1,077亿美元', 107.7e9, 'USD', '1,077亿美元'],
    ['107.8 billion US dollars', 107.8e9, 'USD', '107.8 billion US dollars'],
    ['$107 million', 107e6, 'USD', '$107 million'],
    ['HK$107 billion', 107e9, 'XXX', 'HK$107 billion'],
    ['700 miliar rupiah', 700e9, 'IDR', '700 miliar rupiah'],
    ['5000亿元', 5000e8, 'CNY', '5000亿元'],
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

describe('findMoney: every currency and magnitude as pages write them', () => {
  // Each spelling of each currency the parser knows: a number must be read wherever one of
  // them stands before it or after it (the parser turns numbers away early when none does).
  const SUFFIXES: [string, string][] = [
    ['U.S. dollars', 'USD'], ['US dollar', 'USD'], ['American dollars', 'USD'], ['dolar AS', 'USD'], ['dolar Amerika Serikat', 'USD'],
    ['долларов США', 'USD'], ['долл. США', 'USD'], ['美元', 'USD'], ['美金', 'USD'], ['dollars', 'USD'], ['dolar', 'USD'], ['USD', 'USD'],
    ['долл.', 'USD'], ['доллара', 'USD'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['RMB', 'CNY'], ['CNY', 'CNY'], ['юаней', 'CNY'],
    ['юаня', 'CNY'], ['元', 'CNY'], ['人民币', 'CNY'], ['人民幣', 'CNY'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['rubel', 'RUB'],
    ['RUB', 'RUB'], ['рублей', 'RUB'], ['рубля', 'RUB'], ['рубль', 'RUB'], ['卢布', 'RUB'], ['盧布', 'RUB'], ['euros', 'EUR'],
    ['EUR', 'EUR'], ['евро', 'EUR'], ['欧元', 'EUR'], ['歐元', 'EUR'], ['€', 'EUR'], ['rupiah', 'IDR'], ['IDR', 'IDR'],
  ];
  const MAGNITUDES: [string, number][] = [
    ['', 1], ['trillion', 1e12], ['triliun', 1e12], ['трлн.', 1e12], ['триллионов', 1e12], ['万亿', 1e12], ['billion', 1e9], ['bn', 1e9],
    ['miliar', 1e9], ['milyar', 1e9], ['млрд', 1e9], ['миллиардов', 1e9], ['十亿', 1e9], ['million', 1e6], ['mln', 1e6], ['juta', 1e6],
    ['млн', 1e6], ['миллионов', 1e6], ['百万', 1e6], ['thousand', 1e3], ['ribu', 1e3], ['тыс.', 1e3], ['亿', 1e8], ['万', 1e4],
  ];
  it('reads a currency word after the number and its magnitude', () => {
    for (const [word, currency] of SUFFIXES) {
      for (const [mag, factor] of MAGNITUDES) {
        const cjk = /^[\u4e00-\u9fff]/.test(mag);
        const text = `x 107${mag ? (cjk ? '' : ' ') + mag : ''}${cjk && /^[\u4e00-\u9fff]/.test(word) ? '' : ' '}${word} y`;
        const found = findMoney(text);
        expect(found.map((f) => [f.currency, f.value]), text).toEqual([[currency, 107 * factor]]);
      }
    }
  });
  it.each([
    ['US$', 'USD'], ['U.S.$', 'USD'], ['USD ', 'USD'], ['HK$', 'XXX'], ['$', 'USD'], ['€', 'EUR'], ['EUR ', 'EUR'], ['₽', 'RUB'],
    ['RUB ', 'RUB'], ['¥', 'CNY'], ['RMB ', 'CNY'], ['CNY ', 'CNY'], ['Rp.', 'IDR'], ['Rp ', 'IDR'], ['IDR ', 'IDR'],
  ])('reads the sign or code %s before the number', (prefix, currency) => {
    expect(findMoney(`x ${prefix}107 billion y`).map((f) => [f.currency, f.value])).toEqual([[currency, 107e9]]);
  });
});

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

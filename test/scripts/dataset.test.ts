import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import articles from 'virtual:konteks/articles';
import matcher from 'virtual:konteks/matcher';
import { compileMatcher } from '../../src/core/compile.ts';
import { ARTICLES_DIR, DatasetError, LANGUAGES_DIR, loadArticles, loadDataset, loadLanguages, validateArticle, validateLanguage } from '../../scripts/dataset.ts';

const file = path.join(ARTICLES_DIR, 'lavrov-china-2021.json');
const good = (): Record<string, any> => JSON.parse(fs.readFileSync(file, 'utf8'));
const article = articles.find((a) => a.id === 'lavrov-china-2021')!;
const entity = (id: string) => article.entities.find((e) => e.id === id)!;

describe('the bundled article', () => {
  it('ships the compiled matcher unchanged through its module (edgeStart stored as differences, outputs and links rebuilt)', () => {
    const { articles: all, languages } = loadDataset();
    const compiled = compileMatcher(all, languages);
    // The failure and dictionary links are computed on first use, the outputs on load (typed arrays), the rest is stored.
    const { fail, outLink, out, ...stored } = matcher.automaton;
    expect({ ...matcher, automaton: stored }).toEqual({ ...compiled, automaton: { ...compiled.automaton, fail: undefined, outLink: undefined, out: undefined } });
    expect([Array.from(fail), Array.from(outLink), Array.from(out)]).toEqual([compiled.automaton.fail, compiled.automaton.outLink, compiled.automaton.out]);
    expect(Array.from(matcher.automaton.edgeStart)).toEqual(Array.from(compiled.automaton.edgeStart));
  });

  it('has the article as printed', () => {
    expect(article.source).toBe('Rusia-FM');
    expect(article.posted).toBe('2021-03-19');
    expect(article.language).toBe('id');
    expect(article.paragraphs).toHaveLength(12);
    expect(Object.keys(article.translations)).toEqual(['en', 'ru', 'zh-Hans', 'ja', 'ko']);
    for (const t of Object.values(article.translations)) expect(t.paragraphs).toHaveLength(12);
    expect(article.translations['en']!.note).toMatch(/our own translation/i);
  });
  it('has exactly the entities the product promises', () => {
    expect(article.entities.map((e) => e.id).sort()).toEqual([
      'figure/top-partner-11-years', 'figure/trade-2020', 'person/li-yonghui', 'person/sergey-lavrov', 'person/vladimir-putin',
      'person/wang-yi', 'person/xi-jinping', 'person/zhao-lijian', 'treaty/good-neighborliness-2001',
    ]);
  });
  it('gets the facts right', () => {
    expect(entity('person/wang-yi').role.id).toContain('Penasihat Negara');
    expect(entity('person/wang-yi').role.en).toMatch(/State Councilor and Foreign Minister/);
    const li = entity('person/li-yonghui');
    const liEnglish = li.sentences.map((s) => article.translations['en']!.paragraphs[s.paragraph]).join(' ');
    expect(liEnglish).toMatch(/\bShe added\b/);
    expect(liEnglish).not.toMatch(/\b(he|his|him)\b/i);
    expect(entity('figure/trade-2020').figure).toMatchObject({ value: 107, unit: 'billion', currency: 'USD', year: 2020 });
    expect(entity('figure/top-partner-11-years').figure).toMatchObject({ value: 11, unit: 'years', year: 2020 });
  });
  it('matches the seed article verbatim when the shared folder is available', () => {
    const shared = process.env['KONTEKS_SHARED'];
    if (!shared) return; // the project's tests must not need ../shared; CI sets it
    const seed = fs.readFileSync(path.join(shared, 'seed/article-id.txt'), 'utf8');
    for (const p of article.paragraphs) expect(seed).toContain(p);
    expect(seed.startsWith(article.headline)).toBe(true);
  });
});

describe('dataset validation', () => {
  const bad = (mutate: (a: Record<string, any>) => void) => {
    const a = good();
    mutate(a);
    return () => validateArticle(a, 'assets/articles/x.json');
  };
  it.each([
    ['missing headline', (a: any) => delete a.headline, /x\.json: headline: .*/],
    ['bad date', (a: any) => (a.posted = '19 March 2021'), /x\.json: posted: must be a date written YYYY-MM-DD/],
    ['bad kind', (a: any) => (a.entities[0].kind = 'place'), /x\.json: entities\.0\.kind: /],
    ['alias not a string', (a: any) => (a.entities[0].aliases[0].text = 5), /x\.json: entities\.0\.aliases\.0\.text: /],
    ['unknown field', (a: any) => (a.entities[0].colour = 'red'), /x\.json: entities\.0\.colour: /],
    ['sentence past the end', (a: any) => (a.entities[0].sentences[0].paragraph = 99), /x\.json: entities\[0\]\.sentences\[0\]\.paragraph: 99 is past the last paragraph/],
    ['sentence not in paragraph', (a: any) => (a.entities[0].sentences[0].text.id = 'Nope.'), /x\.json: entities\[0\]\.sentences\[0\]\.text\.id: is not in paragraph 0/],
    ['duplicate entity', (a: any) => a.entities.push(a.entities[0]), /x\.json: entities\[9\]\.id: "person\/sergey-lavrov" appears twice/],
    ['translation short', (a: any) => a.translations.en.paragraphs.pop(), /translations\.en\.paragraphs: has 11 paragraphs, the original has 12/],
    ['Russian translation short', (a: any) => a.translations.ru.paragraphs.pop(), /translations\.ru\.paragraphs: has 11 paragraphs, the original has 12/],
    ['a translation in the original\'s language', (a: any) => (a.translations.id = a.translations.en), /translations\.id: is the original's language/],
    ['a translation language Intl does not write so', (a: any) => (a.translations.zh_hans = a.translations.en), /translations\.zh_hans: must be a BCP-47 language tag/],
    ['sentence missing in a translation', (a: any) => delete a.entities[0].sentences[0].text['zh-Hans'], /entities\[0\]\.sentences\[0\]\.text: has no zh-Hans text/],
    ['sentence not in the translation\'s paragraph', (a: any) => (a.entities[0].sentences[0].text.ru = 'Нет.'), /entities\[0\]\.sentences\[0\]\.text\.ru: is not in paragraph 0 of the ru translation/],
    ['sentence in a language without a translation', (a: any) => (a.entities[0].sentences[0].text.fr = 'Non.'), /sentences\[0\]\.text\.fr: is in a language the article has no translation in/],
    ['role missing in a translation', (a: any) => delete a.entities[1].role.ru, /entities\[1\]\.role: has no ru text/],
    ['original in any language', (a: any) => (a.language = 'not a tag'), /language: must be a BCP-47 language tag/],
    ['figure without rule', (a: any) => delete a.entities[7].match, /entities\[7\]\.match: a figure needs a match rule/],
    ['alias without a language', (a: any) => delete a.entities[0].aliases[0].lang, /x\.json: entities\.0\.aliases\.0\.lang: /],
    ['alias in a language tag Intl does not write so', (a: any) => (a.entities[0].aliases[0].lang = 'zh_hans'), /aliases\.0\.lang: must be a BCP-47 language tag/],
    ['unknown concept', (a: any) => (a.entities[7].match.context = ['#weather']), /a concept must be #trade, #russia, #china or #others/],
    ['surname and short at once', (a: any) => Object.assign(a.entities[0].aliases[3], { surname: true, short: true }), /aliases\[3\]\.surname: a short form is already decided per document/],
  ])('%s', (_name, mutate, message) => {
    expect(bad(mutate)).toThrow(DatasetError);
    expect(bad(mutate)).toThrow(message);
  });
  it('accepts a second article by adding a file, and rejects bad JSON naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-articles-'));
    fs.copyFileSync(file, path.join(dir, 'a.json'));
    const second = good();
    second.id = 'second-article';
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(second));
    expect(loadArticles(dir).map((a) => a.id)).toEqual(['lavrov-china-2021', 'second-article']);
    fs.writeFileSync(path.join(dir, 'c.json'), '{ not json');
    expect(() => loadArticles(dir)).toThrow(/c\.json: not valid JSON/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('language files', () => {
  const languages = loadLanguages(LANGUAGES_DIR);
  const read = (tag: string) => JSON.parse(fs.readFileSync(path.join(LANGUAGES_DIR, `${tag}.json`), 'utf8'));
  it('cover the 30 languages of the goal, each checked by the schema', () => {
    expect(languages.map((l) => l.lang).sort()).toEqual([
      'ar', 'bg', 'cs', 'de', 'el', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'ms', 'nl', 'pl', 'pt', 'ro', 'ru',
      'sr-Cyrl', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-Hans', 'zh-Hant',
    ]);
  });
  it.each([
    ['a tag that is not its file name', (l: any) => (l.lang = 'fr'), /lang: "fr" must be the file's name \("de"\)/],
    ['a streak template without {n}', (l: any) => (l.streak.templates = ['Jahre in Folge']), /streak\.templates\.0: must hold \{n\} exactly once/],
    ['a template with nothing but the number', (l: any) => (l.streak.templates = [' {n} ']), /has nothing but the number/],
    ['a scale past 10^15', (l: any) => (l.money.scales = { Trilliarden: 21 }), /money\.scales\.Trilliarden: /],
    ['an unknown field', (l: any) => (l.colour = 'red'), /colour: /],
  ])('refuse %s', (_name, mutate, message) => {
    const l = read('de');
    mutate(l);
    expect(() => validateLanguage(l, 'assets/languages/de.json')).toThrow(message);
  });
  it('refuse an article whose alias names a language without a file, or inflects where the language has no endings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'konteks-articles-'));
    const a = good();
    a.entities[0].aliases.push({ text: 'Lavrovas', lang: 'lt' });
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(a));
    expect(() => loadDataset(dir)).toThrow(/entities\[0\]\.aliases\[\d+\]\.lang: no language file for "lt"/);
    a.entities[0].aliases.pop();
    a.entities[0].aliases.push({ text: 'Lavrov', lang: 'en', inflect: true });
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(a));
    expect(() => loadDataset(dir)).toThrow(/inflect: "en" has no endings/);
    fs.rmSync(dir, { recursive: true });
  });
});

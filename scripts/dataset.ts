/** Loads and validates every article file; errors name the file, the field and the fault. */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { articleLanguages, type Article } from '../src/core/dataset.ts';
import type { LanguageData } from '../src/core/languages.ts';
import { ArticleSchema, LanguageSchema } from './dataset-schema.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

import { ARTICLES_DIR, LANGUAGES_DIR } from './build-paths.ts';

export { ARTICLES_DIR, LANGUAGES_DIR };

function parsed<T>(schema: v.GenericSchema<unknown, T>, data: unknown, file: string): T {
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const lines = result.issues.slice(0, 10).map((issue) => `${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    throw new DatasetError(lines.join('\n'));
  }
  return result.output;
}

/** Checks one parsed article; `file` is only used in messages. */
export function validateArticle(data: unknown, file: string): Article {
  const a = parsed(ArticleSchema, data, file) as Article;
  const fail = (field: string, what: string): never => {
    throw new DatasetError(`${file}: ${field}: ${what}`);
  };
  if (a.translations[a.language]) fail(`translations.${a.language}`, 'is the original\'s language');
  for (const [lang, t] of Object.entries(a.translations)) {
    if (t.paragraphs.length !== a.paragraphs.length) {
      fail(`translations.${lang}.paragraphs`, `has ${t.paragraphs.length} paragraphs, the original has ${a.paragraphs.length}`);
    }
  }
  const langs = articleLanguages(a);
  const paragraphsIn = (lang: string): string[] => (lang === a.language ? a.paragraphs : a.translations[lang]!.paragraphs);
  const where = (lang: string): string => (lang === a.language ? 'the article' : `the ${lang} translation`);
  const seen = new Set<string>();
  a.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    if (seen.has(e.id)) fail(`${at}.id`, `"${e.id}" appears twice`);
    seen.add(e.id);
    if (!e.id.startsWith(`${e.kind}/`)) fail(`${at}.id`, `"${e.id}" must start with its kind "${e.kind}/"`);
    if (e.kind === 'figure') {
      if (!e.figure) fail(`${at}.figure`, 'a figure needs value, unit, currency and year');
      if (!e.match) fail(`${at}.match`, 'a figure needs a match rule');
    } else if (e.aliases.length === 0) fail(`${at}.aliases`, 'needs at least one alias');
    if (e.match?.type === 'money' && e.match.min > e.match.max) fail(`${at}.match.min`, 'is greater than max');
    e.aliases.forEach((al, j) => {
      if (al.titles && !al.short) fail(`${at}.aliases[${j}].titles`, 'titles only apply to short forms');
      if (al.surname && al.short) fail(`${at}.aliases[${j}].surname`, 'a short form is already decided per document');
    });
    const texts = [['name', e.name], ['role', e.role], ...(e.figure?.qualifier ? [['figure.qualifier', e.figure.qualifier] as const] : [])] as const;
    for (const [field, text] of texts) {
      for (const lang of langs) if (text[lang] === undefined) fail(`${at}.${field}`, `has no ${lang} text (the article is read in ${langs.join(', ')})`);
    }
    e.sentences.forEach((s, j) => {
      const field = `${at}.sentences[${j}]`;
      if (s.paragraph >= a.paragraphs.length) fail(`${field}.paragraph`, `${s.paragraph} is past the last paragraph (${a.paragraphs.length - 1})`);
      for (const lang of langs) {
        const text = s.text[lang];
        if (text === undefined) fail(`${field}.text`, `has no ${lang} text (the article is read in ${langs.join(', ')})`);
        if (!paragraphsIn(lang)[s.paragraph]!.includes(text!)) fail(`${field}.text.${lang}`, `is not in paragraph ${s.paragraph} of ${where(lang)}`);
      }
      for (const lang of Object.keys(s.text)) if (!langs.includes(lang)) fail(`${field}.text.${lang}`, `is in a language the article has no translation in`);
    });
  });
  return a;
}

function readJson(file: string): { rel: string; data: unknown } {
  const rel = path.relative(process.cwd(), file) || file;
  try {
    return { rel, data: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (err) {
    throw new DatasetError(`${rel}: not valid JSON: ${(err as Error).message}`);
  }
}

/** Reads one file; JSON syntax errors name the file too. */
export function loadArticleFile(file: string): Article {
  const { rel, data } = readJson(file);
  return validateArticle(data, rel);
}

/** Checks one parsed language file; its name must be its tag. */
export function validateLanguage(data: unknown, file: string): LanguageData {
  const l = parsed(LanguageSchema, data, file) as LanguageData;
  const base = path.basename(file, '.json');
  if (base !== l.lang) throw new DatasetError(`${file}: lang: "${l.lang}" must be the file's name ("${base}")`);
  for (const t of l.streak.templates) {
    const [a, b] = t.split('{n}') as [string, string];
    if (a.trim() === '' && b.trim() === '') throw new DatasetError(`${file}: streak.templates: "${t}" has nothing but the number`);
  }
  return l;
}

/** Every language file (assets/languages/<tag>.json), sorted by tag. */
export function loadLanguages(dir = LANGUAGES_DIR): LanguageData[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    const { rel, data } = readJson(path.join(dir, f));
    return validateLanguage(data, rel);
  });
}

/** Articles and languages, checked against each other: every alias's language has a file, and endings to inflect with. */
export function loadDataset(dir = ARTICLES_DIR, languagesDir = LANGUAGES_DIR): { articles: Article[]; languages: LanguageData[] } {
  const articles = loadArticles(dir);
  const languages = loadLanguages(languagesDir);
  const byTag = new Map(languages.map((l) => [l.lang, l]));
  for (const a of articles) {
    a.entities.forEach((e, i) => e.aliases.forEach((al, j) => {
      const at = `${a.id}: entities[${i}].aliases[${j}]`;
      const l = byTag.get(al.lang);
      if (!l) throw new DatasetError(`${at}.lang: no language file for "${al.lang}" in ${path.relative(process.cwd(), languagesDir) || languagesDir}`);
      for (const t of al.also ?? []) if (!byTag.has(t)) throw new DatasetError(`${at}.also: no language file for "${t}"`);
      if (al.inflect && l.suffixes.length === 0) throw new DatasetError(`${at}.inflect: "${al.lang}" has no endings (suffixes) to inflect with`);
    }));
  }
  return { articles, languages };
}

/** Every *.json file in the folder, sorted by name; article ids must be unique. */
export function loadArticles(dir = ARTICLES_DIR): Article[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new DatasetError(`${dir}: no article files (*.json)`);
  const articles = files.map((f) => loadArticleFile(path.join(dir, f)));
  const ids = new Set<string>();
  for (const [i, a] of articles.entries()) {
    if (ids.has(a.id)) throw new DatasetError(`${files[i]}: id: "${a.id}" is used by another article`);
    ids.add(a.id);
  }
  return articles;
}

/** The UI strings: every locale has every key of the default one, with the same placeholders. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../../assets/static/_locales');
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (loc: string): Messages => JSON.parse(fs.readFileSync(path.join(DIR, loc, 'messages.json'), 'utf8'));
const locales = fs.readdirSync(DIR).sort();
/** What each placeholder stands for (its `example` may be translated). */
const contents = (p: Messages[string]['placeholders']) => Object.fromEntries(Object.entries(p ?? {}).map(([k, v]) => [k, v.content]));
const en = read('en');

/** Every key the code asks for with t('key', ...). */
function keysInCode(): string[] {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, f.name);
      if (f.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(f.name)) for (const m of fs.readFileSync(p, 'utf8').matchAll(/\bt\('([A-Za-z]\w*)'/g)) out.add(m[1]!);
    }
  };
  walk(path.resolve(import.meta.dirname, '../../src'));
  return [...out].sort();
}

describe('UI strings', () => {
  it('ship the default locale and more than two', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));
    expect(locales).toContain(manifest.default_locale);
    expect(locales.length).toBeGreaterThanOrEqual(2);
  });

  // The Chrome Web Store refuses a manifest whose description is over 132 characters, or
  // whose name is over 75, in any locale.
  it.each(locales)('%s: a store-sized name and description', (loc) => {
    const m = read(loc);
    expect([...m.extName!.message].length).toBeLessThanOrEqual(75);
    expect([...m.extDescription!.message].length).toBeLessThanOrEqual(132);
  });

  it('has every key the code asks for', () => {
    const used = keysInCode();
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });

  it.each(locales)('%s: the same keys in the same order, the same placeholders, each used placeholder declared', (loc) => {
    const m = read(loc);
    expect(Object.keys(m)).toEqual(Object.keys(en));
    for (const [key, value] of Object.entries(m)) {
      expect(value.message.trim(), `${loc}.${key}`).not.toBe('');
      expect(contents(value.placeholders), `${loc}.${key}`).toEqual(contents(en[key]!.placeholders));
      const used = [...value.message.matchAll(/\$([A-Za-z_]+)\$/g)].map((x) => x[1]!.toLowerCase());
      for (const u of used) expect(Object.keys(value.placeholders ?? {}), `${loc}.${key}: $${u}$`).toContain(u);
    }
  });

  it.each(locales)('%s: says its own language tag and direction', (loc) => {
    const m = read(loc);
    expect(m['localeTag']!.message).toBe(loc.replace('_', '-'));
    expect(Intl.getCanonicalLocales(m['localeTag']!.message)[0]).toBe(m['localeTag']!.message);
    const script = new Intl.Locale(m['localeTag']!.message).maximize().script;
    expect(m['localeDir']!.message).toBe(['Arab', 'Hebr'].includes(script ?? '') ? 'rtl' : 'ltr');
  });
});

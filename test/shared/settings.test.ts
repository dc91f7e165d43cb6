import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isOnFor, parseSettings, withRefusal, withSite } from '../../src/shared/settings.ts';

describe('settings', () => {
  it.each([undefined, null, 42, 'x', [], { enabled: 'yes', kinds: 7, hoverDelayMs: Infinity, readingLang: '<b>fr</b>', articleLang: 'fr', disabledSites: 'a.com', firstMentionOnly: 1, refusals: { site: 'a.com' } }])(
    'a corrupt or missing value (%j) falls back to defaults, never throws',
    (raw) => expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS),
  );
  it('keeps valid fields, clamps and filters the rest', () => {
    const s = parseSettings({ enabled: false, kinds: { person: false }, hoverDelayMs: 99999, readingLang: 'en', disabledSites: ['Example.com', 'ok.org', '<script>', 5, 'ok.org'] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, enabled: false, kinds: { person: false, treaty: true, figure: true }, hoverDelayMs: 2000, readingLang: 'en', disabledSites: ['ok.org'] });
  });
  it('keeps a chosen language as a tag; of the old articleLang only a chosen "en" carries over', () => {
    expect(parseSettings({ readingLang: 'zh-Hans' }).readingLang).toBe('zh-Hans');
    expect(parseSettings({ readingLang: 'id' }).readingLang).toBe('id');
    expect(parseSettings({ articleLang: 'id' }).readingLang).toBeNull();
    expect(parseSettings({ articleLang: 'en' }).readingLang).toBe('en');
    expect(parseSettings({ readingLang: 'x'.repeat(40) }).readingLang).toBeNull();
    expect(parseSettings({}).readingLang).toBeNull();
  });
  it('turns a site off and on', () => {
    const off = withSite(DEFAULT_SETTINGS, 'News.Example', false);
    expect(isOnFor(off, 'news.example')).toBe(false);
    expect(isOnFor(withSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(isOnFor({ ...DEFAULT_SETTINGS, enabled: false }, 'a.b')).toBe(false);
  });
  it('keeps well-formed refusals once each, drops the rest', () => {
    const good = { site: 'news.example', entity: 'person/sergey-lavrov', surface: 'Lavrov' };
    const s = parseSettings({
      firstMentionOnly: true,
      refusals: [good, { ...good, surface: 'LAVROV' }, { ...good, site: 'bad host' }, { ...good, surface: '  ' }, { ...good, surface: 'x'.repeat(300) }, { ...good, entity: '<img>' }, null, 7],
    });
    expect(s.firstMentionOnly).toBe(true);
    expect(s.refusals).toEqual([good]);
  });
  it('adds a refusal newest first, once, and undoes it', () => {
    const a = { site: 'News.Example', entity: 'person/sergey-lavrov', surface: 'Lavrov' };
    const b = { site: 'news.example', entity: 'person/vladimir-putin', surface: 'Putin' };
    const s = withRefusal(withRefusal(withRefusal(DEFAULT_SETTINGS, a, true), b, true), { ...a, surface: 'lavrov' }, true);
    expect(s.refusals.map((r) => r.surface)).toEqual(['lavrov', 'Putin']);
    expect(s.refusals[0]!.site).toBe('news.example');
    expect(withRefusal(s, a, false).refusals).toEqual([b]);
  });
});

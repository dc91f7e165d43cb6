// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import articles from 'virtual:konteks/articles';
import { cardData } from '../../src/core/card.ts';
import { HoverCard, type CardStrings } from '../../src/ui/hover-card.tsx';

const NAMES: Record<string, string> = { id: 'Indonesian', en: 'English', ru: 'Russian', 'zh-Hans': 'Simplified Chinese' };
const strings: CardStrings = {
  ui: { lang: 'en-US', dir: 'ltr' },
  kind: { person: 'Person', treaty: 'Treaty', figure: 'Figure' },
  readFullStory: 'Read full story', close: 'Close', fromArticle: 'From the article',
  translatedFrom: (l) => `Our translation from ${NAMES[l]}`,
  original: (l) => `Original (${NAMES[l]})`,
  showIn: (l) => `Show in ${NAMES[l]}`,
  notThis: { person: 'Not this person', treaty: 'Not this', figure: 'Not this' },
  alsoIn: 'Also in',
};

interface On { more?: () => void; close?: () => void; switchTo?: (l: string) => void; notThis?: () => void }
function mount(entity: string, lang: string | null, on: On = {}, ui: string[] = ['en-US'], page: string | null = null, s = strings) {
  const root = document.createElement('div');
  document.body.append(root);
  const data = cardData(articles, entity, { chosen: lang, ui, page })!;
  render(<HoverCard data={data} strings={s} onReadMore={on.more ?? (() => {})} onClose={on.close ?? (() => {})} onSwitch={on.switchTo} onNotThis={on.notThis} />, root);
  return root.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('HoverCard', () => {
  it('offers "Not this person" on a person and "Not this" on a treaty, when the host handles it', () => {
    let said = 0;
    const d = mount('person/sergey-lavrov', null, { notThis: () => said++ });
    const b = d.querySelector<HTMLButtonElement>('button.not-this')!;
    expect(b.textContent).toBe('Not this person');
    b.click();
    expect(said).toBe(1);
    expect(mount('treaty/good-neighborliness-2001', null, { notThis: () => {} }).querySelector('button.not-this')?.textContent).toBe('Not this');
    expect(mount('person/sergey-lavrov', null).querySelector('button.not-this')).toBeNull();
  });

  it('is a labelled dialog with the entity id and the article facts', () => {
    const d = mount('person/wang-yi', 'id');
    expect(d.getAttribute('aria-label')).toBe('Wang Yi');
    expect(d.dataset['entity']).toBe('person/wang-yi');
    expect(d.textContent).toContain('Penasihat Negara dan Menteri Luar Negeri Tiongkok');
    expect(d.textContent).toContain('Original (Indonesian)');
    expect(d.textContent).not.toContain('Our translation');
    expect(d.querySelector('.role')!.getAttribute('lang')).toBe('id');
  });
  it('marks our English translation and shows a figure', () => {
    const d = mount('figure/trade-2020', 'en');
    expect(d.querySelector('.figure')!.textContent).toBe('over US$107 billion');
    expect(d.textContent).toContain('March 19, 2021'); // the date in the UI language (en-US)
    expect(d.textContent).toContain('Our translation from Indonesian');
  });
  it('speaks the reader\'s language: Russian browser, Russian text; labels in the UI language, the text marked as Russian', () => {
    const d = mount('person/sergey-lavrov', null, { switchTo: () => {} }, ['ru-RU', 'ru'], null, { ...strings, ui: { lang: 'ru', dir: 'ltr' } });
    expect(d.getAttribute('lang')).toBe('ru');
    expect(d.querySelector('.name')!.textContent).toBe('Сергей Лавров');
    expect(d.querySelector('.role')!.textContent).toBe('Министр иностранных дел России');
    expect(d.querySelector('blockquote')!.getAttribute('lang')).toBe('ru');
    expect(d.querySelector('blockquote')!.textContent).toContain('Лавров');
    expect(d.textContent).toContain('Our translation from Indonesian');
    expect(d.querySelector('button.switch-lang')!.textContent).toBe('Show in Indonesian');
  });
  it('has the original one click away, and the reader\'s translation from the original', () => {
    const picked: string[] = [];
    mount('person/wang-yi', null, { switchTo: (l) => picked.push(l) }, ['zh-CN'])!.querySelector<HTMLButtonElement>('button.switch-lang')!.click();
    mount('person/wang-yi', 'id', { switchTo: (l) => picked.push(l) }, ['zh-CN'])!.querySelector<HTMLButtonElement>('button.switch-lang')!.click();
    mount('person/wang-yi', 'id', { switchTo: (l) => picked.push(l) }, ['ar'])!.querySelector<HTMLButtonElement>('button.switch-lang')!.click();
    expect(picked).toEqual(['id', 'zh-Hans', 'en']);
  });
  it('names a person as the page\'s language writes it, and says which language that is', () => {
    const d = mount('person/sergey-lavrov', null, {}, ['en-US'], 'ar');
    expect(d.querySelector('.name')!.textContent).toBe('سيرغي لافروف');
    expect(d.querySelector('.name')!.getAttribute('lang')).toBe('ar');
    expect(d.querySelector('.role')!.getAttribute('lang')).toBe('en');
    // A page language without a name of ours: the name in the text's language.
    expect(mount('person/li-yonghui', null, {}, ['en-US'], 'zh-CN').querySelector('.name')!.textContent).toBe('Li Yonghui');
  });
  it('mirrors its frame under a right-to-left UI language, and lets the text choose its own direction', () => {
    const d = mount('person/wang-yi', null, {}, ['ar'], null, { ...strings, ui: { lang: 'ar', dir: 'rtl' } });
    expect(d.getAttribute('dir')).toBe('rtl');
    expect(d.querySelector('blockquote')!.getAttribute('dir')).toBe('auto');
  });
  it('renders dataset text as text, and calls back on its controls', () => {
    const calls: string[] = [];
    const d = mount('treaty/good-neighborliness-2001', 'en', { more: () => calls.push('more'), close: () => calls.push('close') });
    expect(d.querySelectorAll('script, img, iframe')).toHaveLength(0);
    d.querySelector<HTMLAnchorElement>('a.more')!.click();
    d.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(calls).toEqual(['more', 'close']);
  });
});

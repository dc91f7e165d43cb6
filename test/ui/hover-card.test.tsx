// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import articles from 'virtual:konteks/articles';
import { cardData } from '../../src/core/card.ts';
import { HoverCard, type CardStrings } from '../../src/ui/hover-card.tsx';

const strings: CardStrings = {
  kind: { person: 'Person', treaty: 'Treaty', figure: 'Figure' },
  readFullStory: 'Read full story', close: 'Close', fromArticle: 'From the article', ourTranslation: 'Our translation',
};

function mount(entity: string, lang: 'id' | 'en', on: { more?: () => void; close?: () => void } = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(<HoverCard data={cardData(articles, entity, lang)!} strings={strings} onReadMore={on.more ?? (() => {})} onClose={on.close ?? (() => {})} />, root);
  return root.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('HoverCard', () => {
  it('is a labelled dialog with the entity id and the article facts', () => {
    const d = mount('person/wang-yi', 'id');
    expect(d.getAttribute('aria-label')).toBe('Wang Yi');
    expect(d.dataset['entity']).toBe('person/wang-yi');
    expect(d.textContent).toContain('Penasihat Negara dan Menteri Luar Negeri Tiongkok');
    expect(d.textContent).toContain('19 Maret 2021');
    expect(d.textContent).not.toContain('Our translation');
  });
  it('marks our English translation and shows a figure', () => {
    const d = mount('figure/trade-2020', 'en');
    expect(d.querySelector('.figure')!.textContent).toBe('over US$107 billion');
    expect(d.textContent).toContain('19 March 2021');
    expect(d.textContent).toContain('Our translation');
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

// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount.ts';

// No extension here: UI strings fall back to their English defaults.
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en' } } }));
import articles from 'virtual:konteks/articles';
import matcher from 'virtual:konteks/matcher';
import { OnThisPage } from '../../src/popup/on-this-page.tsx';
import type { PageState } from '../../src/popup/tab-link.ts';
import { ArticleView } from '../../src/ui/article-view.tsx';
import { cardStrings } from '../../src/ui/card-strings.ts';


describe('OnThisPage', () => {
  const ready = (entities: { id: string; count: number }[], enabled = true): PageState => ({
    status: 'ready', mentions: { type: 'mentions', host: 'news.example', enabled, count: entities.reduce((n, e) => n + e.count, 0), entities },
  });
  it('lists entities with counts and reports activation', () => {
    const went: string[] = [];
    const root = mount(<OnThisPage state={ready([{ id: 'person/wang-yi', count: 3 }, { id: 'figure/trade-2020', count: 1 }])} articles={articles} lang="en" onGo={(e) => went.push(e)} />);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Wang Yi×3', 'China–Russia bilateral trade, 2020×1']);
    buttons[0]!.click();
    expect(went).toEqual(['person/wang-yi']);
  });
  it.each([
    [{ status: 'unavailable' } as PageState, 'unavailable'],
    [ready([]), 'empty'],
    [ready([], false), 'off'],
  ])('has an honest state: %j', (state, name) => {
    const root = mount(<OnThisPage state={state} articles={articles} lang="en" onGo={() => {}} />);
    expect(root.querySelector('[data-state]')!.getAttribute('data-state')).toBe(name);
  });
});

describe('ArticleView', () => {
  it('renders every paragraph with an anchor, marks mentions, highlights the cited sentence', () => {
    const article = articles[0]!;
    const root = mount(<ArticleView article={article} articles={articles} matcher={matcher} lang="id" strings={cardStrings()} focusEntity="person/li-yonghui" focusParagraph={7} />);
    expect(root.querySelectorAll('article p[id^="p-"]')).toHaveLength(12);
    const marked = [...root.querySelectorAll('mark.mention')].map((m) => m.getAttribute('data-entity'));
    expect(marked).toContain('person/sergey-lavrov');
    expect(marked).toContain('figure/trade-2020');
    expect(marked).toContain('treaty/good-neighborliness-2001');
    expect(root.querySelector('#p-7 mark.cited')!.textContent).toBe(article.paragraphs[7]);
  });
  it('shows a mention\'s card on focus', async () => {
    const root = mount(<ArticleView article={articles[0]!} articles={articles} matcher={matcher} lang="en" strings={cardStrings()} />);
    const mark = root.querySelector<HTMLElement>('mark.mention[data-entity="person/wang-yi"]')!;
    mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    mark.dispatchEvent(new FocusEvent('focus'));
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Wang Yi');
  });
});

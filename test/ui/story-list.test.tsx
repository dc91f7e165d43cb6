// @vitest-environment happy-dom
/** More than one story in the popup, the reader and the card: the second is a test fixture (test/fixtures/articles). */
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount.ts';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '', getUILanguage: () => 'en' } } }));
import articles from 'virtual:konteks/articles';
import { loadArticles } from '../../scripts/dataset.ts';
import { cardData, type StoryRef } from '../../src/core/card.ts';
import { cardStrings } from '../../src/ui/card-strings.ts';
import { HoverCard } from '../../src/ui/hover-card.tsx';
import { StoryList } from '../../src/ui/story-list.tsx';

const both = [...articles, ...loadArticles(path.resolve(import.meta.dirname, '../fixtures/articles'))];


describe('StoryList', () => {
  it('lists every story, the shown one current, and picks another', () => {
    const picked: string[] = [];
    const root = mount(<StoryList articles={both} current="lavrov-china-2021" chosen="en" onPick={(id) => picked.push(id)} />);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('nav button')];
    expect(buttons.map((b) => [b.dataset.article, b.getAttribute('aria-current')])).toEqual([['lavrov-china-2021', 'true'], ['test-fixture-second-story', null]]);
    expect(buttons[0]!.querySelector('span')!.textContent).toBe('Russian Foreign Minister to visit China, discuss shared concerns');
    expect(buttons[0]!.querySelector('span')!.getAttribute('lang')).toBe('en');
    buttons[1]!.click();
    expect(picked).toEqual(['test-fixture-second-story']);
  });
  it('is absent with one story', () => {
    expect(mount(<StoryList articles={articles} current="lavrov-china-2021" chosen={null} onPick={() => {}} />).innerHTML).toBe('');
  });
});

describe('a card whose entity is in two stories', () => {
  it('names the other story and opens it at its paragraph', () => {
    const opened: (StoryRef | undefined)[] = [];
    const data = cardData(both, 'person/sergey-lavrov', { chosen: 'en', ui: ['en'] })!;
    const root = mount(<HoverCard data={data} strings={cardStrings()} onReadMore={(s) => opened.push(s)} onClose={() => {}} />);
    const link = root.querySelector<HTMLAnchorElement>('.also a')!;
    expect(root.querySelector('.also span')!.textContent).toBe('Also in');
    expect([link.dataset.article, link.textContent, link.getAttribute('lang')]).toEqual(['test-fixture-second-story', 'TEST FIXTURE: Lavrov and Putin discuss a summer summit', 'en']);
    link.click();
    root.querySelector<HTMLAnchorElement>('a.more')!.click();
    expect(opened.map((s) => s?.article ?? 'own')).toEqual(['test-fixture-second-story', 'own']);
    expect(opened[0]!.paragraph).toBe(1);
  });
});

/** The reader page: the full article, an anchor per paragraph, the cited sentence highlighted. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import articles from 'virtual:konteks/articles';
import matcher from 'virtual:konteks/matcher';
import { articleText, type Lang } from '../core/dataset.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';
import { ArticleView } from '../ui/article-view.tsx';
import { cardStrings } from '../ui/card-strings.ts';
import { addCardStyles } from '../ui/hover-card.css.ts';
import { LangSwitch, shownLanguage } from '../ui/lang-switch.tsx';
import { StoryList } from '../ui/story-list.tsx';
import { uiDir, uiLocale } from '../ui/i18n.ts';
import '../ui/pages.css';
import './reader.css';

function Reader({ initial }: { initial: Settings }) {
  const params = new URLSearchParams(location.search);
  const article = articles.find((a) => a.id === params.get('article')) ?? articles[0]!;
  const entity = params.get('entity');
  const n = Number(/^#p-(\d+)$/.exec(location.hash)?.[1] ?? NaN);
  const paragraph = Number.isInteger(n) && n < article.paragraphs.length ? n : null;
  const [settings, setSettings] = useState(initial);
  const lang: Lang = shownLanguage(article, settings.readingLang);
  useEffect(() => {
    const text = articleText(article, lang);
    document.documentElement.lang = text.lang;
    document.title = `${text.headline} · Konteks`;
  }, [lang]);
  useEffect(() => {
    if (paragraph !== null) document.getElementById(`p-${paragraph}`)?.scrollIntoView({ block: 'center' });
  }, []);
  return (
    <main class="reader">
      <StoryList articles={articles} current={article.id} chosen={settings.readingLang} onPick={(id) => {
        if (id !== article.id) location.search = `?article=${encodeURIComponent(id)}`;
      }} />
      <LangSwitch article={article} lang={lang} onChange={(l) => {
        const s = { ...settings, readingLang: l };
        setSettings(s);
        void saveSettings(s);
      }} />
      <ArticleView article={article} articles={articles} matcher={matcher} lang={lang} strings={cardStrings()} focusEntity={entity} focusParagraph={paragraph}
        onReadMore={(e, p, story) => {
          if (story !== article.id) location.href = `?article=${encodeURIComponent(story)}&entity=${encodeURIComponent(e)}#p-${p}`;
          else document.getElementById(`p-${p}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }} />
    </main>
  );
}

addCardStyles(document);
void loadSettings().then((s) => {
  document.documentElement.dir = uiDir();
  document.documentElement.lang = uiLocale();
  render(<Reader initial={s} />, document.getElementById('app')!);
});

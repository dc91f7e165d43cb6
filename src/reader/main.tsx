/** The reader page: the full article, an anchor per paragraph, the cited sentence highlighted. */
import { render } from 'preact';
import articles from 'virtual:konteks/articles';
import { ArticleView } from '../ui/article-view.tsx';
import { resolveLang } from '../shared/settings.ts';
import { loadSettings } from '../shared/settings-store.ts';
import browser from '../shared/browser.ts';

async function main() {
  const params = new URLSearchParams(location.search);
  const article = articles.find((a) => a.id === params.get('article')) ?? articles[0]!;
  const entity = params.get('entity');
  const settings = await loadSettings();
  const lang = resolveLang(settings.articleLang, browser.i18n.getUILanguage());
  const paragraph = Number(/^#p-(\d+)$/.exec(location.hash)?.[1] ?? NaN);
  document.documentElement.lang = lang;
  render(<ArticleView article={article} lang={lang} focusEntity={entity} focusParagraph={Number.isInteger(paragraph) ? paragraph : null} />, document.getElementById('app')!);
  if (Number.isInteger(paragraph)) document.getElementById(`p-${paragraph}`)?.scrollIntoView({ block: 'center' });
}

void main();

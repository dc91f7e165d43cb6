/** The toolbar popup: what is on this page, site controls, and the full story. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/dataset.ts';
import type { CompiledMatcher } from '../core/matcher.ts';
import { ArticleView } from '../ui/article-view.tsx';
import { cardStrings } from '../ui/card-strings.ts';
import { t } from '../ui/i18n.ts';
import { LangSwitch, shownLanguage } from '../ui/lang-switch.tsx';
import { withSite, type Settings } from '../shared/settings.ts';
import { OnThisPage } from './on-this-page.tsx';
import { StoryList } from '../ui/story-list.tsx';
import type { PageState } from './tab-link.ts';

export interface PopupDeps {
  articles: Article[];
  matcher: CompiledMatcher;
  loadSettings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<void>;
  targetTab: () => Promise<number | null>;
  pageState: (tab: number | null) => Promise<PageState>;
  scrollTo: (tab: number, entity: string, index: number) => void;
  openReader: (article: string, paragraph: number | null, entity: string | null) => void;
  openOptions: () => void;
}

export function PopupApp(deps: PopupDeps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<number | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const next = useRef(new Map<string, number>());
  const [storyId, setStoryId] = useState(deps.articles[0]!.id);
  const article = deps.articles.find((a) => a.id === storyId) ?? deps.articles[0]!;

  const refresh = async (tabId: number | null) => setPage(await deps.pageState(tabId));
  useEffect(() => {
    void (async () => {
      setSettings(await deps.loadSettings());
      const id = await deps.targetTab();
      setTab(id);
      await refresh(id);
    })();
  }, []);

  if (!settings) return <p class="note">{t('loading', 'Loading…')}</p>;
  const save = async (s: Settings) => {
    setSettings(s);
    await deps.saveSettings(s);
    // The page updates itself from storage; ask again for the new counts.
    setTimeout(() => void refresh(tab), 300);
  };
  const host = page.status === 'ready' ? page.mentions.host : null;
  const lang = shownLanguage(article, settings.readingLang);
  const siteOn = host !== null && !settings.disabledSites.includes(host.toLowerCase());

  return (
    <main class="popup">
      <div class="row">
        <strong class="brand">Konteks</strong>
        <button type="button" class="no-print" onClick={deps.openOptions}>{t('options', 'Options')}</button>
      </div>
      <h2 id="on-page">{t('onThisPage', 'On this page')}</h2>
      <section aria-labelledby="on-page">
        <OnThisPage
          state={page}
          articles={deps.articles}
          lang={lang}
          onGo={(entity) => {
            if (tab === null) return;
            const i = next.current.get(entity) ?? 0;
            next.current.set(entity, i + 1);
            deps.scrollTo(tab, entity, i);
          }}
        />
        <div class="controls">
          {host !== null ? (
            <label class="toggle">
              <input type="checkbox" checked={siteOn} disabled={!settings.enabled} onChange={(e) => void save(withSite(settings, host, (e.target as HTMLInputElement).checked))} />
              {t('onForSite', `On for ${host}`, [host])}
            </label>
          ) : null}
          <label class="toggle">
            <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: (e.target as HTMLInputElement).checked })} />
            {t('onEverywhere', 'On everywhere')}
          </label>
        </div>
      </section>
      <div class="row">
        <h2 id="story">{t('theStory', 'The story')}</h2>
        <button type="button" onClick={() => deps.openReader(article.id, null, null)}>{t('openInTab', 'Open in a tab')}</button>
      </div>
      <StoryList articles={deps.articles} current={article.id} chosen={settings.readingLang} onPick={setStoryId} />
      <LangSwitch article={article} lang={lang} onChange={(l) => void save({ ...settings, readingLang: l })} />
      <ArticleView
        article={article}
        articles={deps.articles}
        matcher={deps.matcher}
        lang={lang}
        strings={cardStrings()}
        onReadMore={(entity, paragraph, story) => deps.openReader(story, paragraph, entity)}
      />
    </main>
  );
}

import { render } from 'preact';
import articles from 'virtual:konteks/articles';
import matcher from 'virtual:konteks/matcher';
import browser from '../shared/browser.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { addCardStyles } from '../ui/hover-card.css.ts';
import '../ui/pages.css';
import './popup.css';
import { PopupApp } from './popup-app.tsx';
import { pageState, targetTab, tell } from './tab-link.ts';
import { uiDir, uiLocale } from '../ui/i18n.ts';

addCardStyles(document);
document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDir();

render(
  <PopupApp
    articles={articles}
    matcher={matcher}
    loadSettings={loadSettings}
    saveSettings={saveSettings}
    targetTab={targetTab}
    pageState={pageState}
    scrollTo={(tab, entity, index) => tell(tab, { type: 'scroll-to', entity, index })}
    openReader={(article, paragraph, entity) => {
      const q = new URLSearchParams({ article, ...(entity ? { entity } : {}) });
      const url = `${browser.runtime.getURL('src/reader/index.html')}?${q}${paragraph !== null ? `#p-${paragraph}` : ''}`;
      void browser.tabs.create({ url }).then(() => window.close());
    }}
    openOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
  />,
  document.getElementById('app')!,
);

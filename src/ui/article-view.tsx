/**
 * The article, paragraph by paragraph, with an anchor each; its mentions of the dataset's
 * entities are marked like on pages and show their card on hover or keyboard focus.
 * Used by the popup and the reader page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Article, Lang } from '../core/dataset.ts';
import { articleText } from '../core/dataset.ts';
import { cardData, formatDate } from '../core/card.ts';
import { resolveDocument, scanText, type Mention } from '../core/engine.ts';
import type { CompiledMatcher } from '../core/matcher.ts';
import { HoverCard, type CardStrings } from './hover-card.tsx';

export interface ArticleViewProps {
  article: Article;
  articles: Article[];
  matcher: CompiledMatcher;
  lang: Lang;
  strings: CardStrings;
  /** Entity whose sentence in `focusParagraph` is highlighted. */
  focusEntity?: string | null;
  focusParagraph?: number | null;
  onReadMore?: (entity: string, paragraph: number, article: string) => void;
}

export function ArticleView({ article, articles, matcher, lang, strings, focusEntity, focusParagraph, onReadMore }: ArticleViewProps) {
  const text = articleText(article, lang);
  const mentions = useMemo(
    () => resolveDocument(matcher, text.paragraphs.map((p) => ({ text: p, candidates: scanText(matcher, p) }))),
    [matcher, text],
  );
  const [peek, setPeek] = useState<string | null>(null);
  const entity = focusEntity ? article.entities.find((e) => e.id === focusEntity) : undefined;
  const focusSentence = entity?.sentences.find((s) => s.paragraph === focusParagraph)?.text[text.lang];
  return (
    <article class="article" lang={text.lang} dir="auto">
      <header>
        <h1>{text.headline}</h1>
        <p class="meta">
          <span class="source-tag">{article.source}</span> · <time dateTime={article.posted}>{formatDate(article.posted, text.lang)}</time>
          {text.lang !== article.language ? <span class="translated"> · {article.translations[text.lang]!.note}</span> : null}
        </p>
      </header>
      {text.paragraphs.map((p, i) => {
        const list = mentions[i] ?? [];
        const sentence = i === focusParagraph && focusSentence ? p.indexOf(focusSentence) : -1;
        const mention = (m: Mention) => {
          const key = `${i}-${m.start}`;
          const data = peek === key ? cardData(articles, m.entity, { chosen: text.lang, ui: [] }) : null;
          return (
            <span class="mention-wrap" key={key}>
              <mark
                class={`mention kind-${m.kind}`}
                tabIndex={0}
                data-entity={m.entity}
                aria-describedby={data ? `card-${key}` : undefined}
                onMouseEnter={() => setPeek(key)}
                onMouseLeave={() => setPeek(null)}
                onFocus={() => setPeek(key)}
                onBlur={() => setPeek(null)}
                onKeyDown={(e) => e.key === 'Escape' && setPeek(null)}
              >
                {m.surface}
              </mark>
              {data ? (
                <span class="peek" id={`card-${key}`} role="tooltip">
                  <HoverCard data={data} strings={strings} onReadMore={(o) => onReadMore?.(data.entity, o ? o.paragraph : data.paragraph, o ? o.article : data.article)} onClose={() => setPeek(null)} />
                </span>
              ) : null}
            </span>
          );
        };
        const region = (start: number, end: number) => {
          const out: (string | preact.JSX.Element)[] = [];
          let at = start;
          for (const m of list) {
            if (m.start < at || m.end > end) continue;
            out.push(p.slice(at, m.start), mention(m));
            at = m.end;
          }
          out.push(p.slice(at, end));
          return out;
        };
        return (
          <p id={`p-${i}`} key={i} class={i === focusParagraph ? 'focus' : undefined}>
            {sentence >= 0 ? (
              <>
                {region(0, sentence)}
                <mark class="cited">{region(sentence, sentence + focusSentence!.length)}</mark>
                {region(sentence + focusSentence!.length, p.length)}
              </>
            ) : (
              region(0, p.length)
            )}
          </p>
        );
      })}
    </article>
  );
}

/** The article, paragraph by paragraph, with an anchor each; used by the reader (and the popup). */
import type { Article, Lang } from '../core/dataset.ts';
import { articleText } from '../core/dataset.ts';
import { formatDate } from '../core/card.ts';

export interface ArticleViewProps {
  article: Article;
  lang: Lang;
  /** Entity whose sentence in `focusParagraph` is highlighted. */
  focusEntity: string | null;
  focusParagraph: number | null;
}

export function ArticleView({ article, lang, focusEntity, focusParagraph }: ArticleViewProps) {
  const text = articleText(article, lang);
  const entity = focusEntity ? article.entities.find((e) => e.id === focusEntity) : undefined;
  const sentence = entity?.sentences.find((s) => s.paragraph === focusParagraph)?.text[lang];
  return (
    <article class="article" lang={lang}>
      <header>
        <h1>{text.headline}</h1>
        <p class="meta">
          {article.source} · <time dateTime={article.posted}>{formatDate(article.posted, lang)}</time>
          {lang !== article.language ? ` · ${article.translations.en.note}` : ''}
        </p>
      </header>
      {text.paragraphs.map((p, i) => {
        const focus = i === focusParagraph;
        const at = focus && sentence ? p.indexOf(sentence) : -1;
        return (
          <p id={`p-${i}`} key={i} class={focus ? 'focus' : undefined}>
            {at >= 0 ? (
              <>
                {p.slice(0, at)}
                <mark>{sentence}</mark>
                {p.slice(at + sentence!.length)}
              </>
            ) : (
              p
            )}
          </p>
        );
      })}
    </article>
  );
}

/** The hover card (Preact). Text only: every string is rendered as text, never as HTML. */
import type { CardData, StoryRef } from '../core/card.ts';
import { formatDate, formatFigure } from '../core/card.ts';

export interface CardStrings {
  /** The UI language and its direction: labels are in it; the article's text carries its own `lang`. */
  ui: { lang: string; dir: 'ltr' | 'rtl' };
  kind: Record<CardData['kind'], string>;
  readFullStory: string;
  close: string;
  fromArticle: string;
  /** "Our translation from Indonesian". */
  translatedFrom: (original: string) => string;
  /** "Original (Indonesian)". */
  original: (lang: string) => string;
  /** "Show in Russian": the switch to the other language. */
  showIn: (lang: string) => string;
  /** "Also in": before the other stories that speak of the entity. */
  alsoIn: string;
  /** "Not this person" (a person) / "Not this" (a treaty, a figure). */
  notThis: Record<CardData['kind'], string>;
}

export interface HoverCardProps {
  data: CardData;
  strings: CardStrings;
  /** Opens the card's story, or another one that speaks of the entity. */
  onReadMore: (story?: StoryRef) => void;
  onClose: () => void;
  /** Show the card (and the story everywhere) in another language; absent: no switch. */
  onSwitch?: (lang: string) => void;
  /** The reader says the mention is not ours; absent: no such action. */
  onNotThis?: () => void;
}

export function HoverCard({ data, strings, onReadMore, onClose, onSwitch, onNotThis }: HoverCardProps) {
  const figure = data.figure ? formatFigure(data.figure, data.lang) : null;
  return (
    <div class={`card kind-${data.kind}`} role="dialog" aria-label={data.name} data-entity={data.entity} lang={strings.ui.lang} dir={strings.ui.dir} tabIndex={-1}>
      <div class="top">
        <span class="kind">{strings.kind[data.kind]}</span>
        <button type="button" class="close" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
      </div>
      {figure ? <p class="figure" lang={data.lang} dir="auto">{figure}</p> : null}
      <h2 class="name" lang={data.nameLang} dir="auto">{data.name}</h2>
      <p class="role" lang={data.lang} dir="auto">{data.role}</p>
      <figure class="quote">
        <figcaption>{strings.fromArticle} · {data.translated ? strings.translatedFrom(data.original) : strings.original(data.original)}</figcaption>
        <blockquote lang={data.lang} dir="auto">{data.sentence}</blockquote>
      </figure>
      <p class="source">
        <span class="headline" lang={data.lang} dir="auto">{data.headline}</span>
        <span class="meta">
          {data.source} · <time dateTime={data.posted}>{formatDate(data.posted, strings.ui.lang)}</time>
        </span>
      </p>
      {data.alsoIn.length > 0 ? (
        <div class="also">
          <span>{strings.alsoIn}</span>
          <ul>
            {data.alsoIn.map((o) => (
              <li key={o.article}>
                <a href="#" lang={o.lang} dir="auto" data-article={o.article} onClick={(e) => {
                  e.preventDefault();
                  onReadMore(o);
                }}>{o.headline}</a>{' '}
                <time dateTime={o.posted}>{formatDate(o.posted, strings.ui.lang)}</time>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="actions">
        <a
          class="more"
          href="#"
          onClick={(e) => {
            e.preventDefault();
            onReadMore();
          }}
        >
          {strings.readFullStory} →
        </a>
        {data.alternate && onSwitch ? (
          <button type="button" class="switch-lang" lang={strings.ui.lang} onClick={() => onSwitch(data.alternate!)}>
            {strings.showIn(data.alternate)}
          </button>
        ) : null}
        {onNotThis ? (
          <button type="button" class="not-this" onClick={onNotThis}>
            {strings.notThis[data.kind]}
          </button>
        ) : null}
      </div>
    </div>
  );
}

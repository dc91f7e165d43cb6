/** The hover card (Preact). Text only: every string is rendered as text, never as HTML. */
import type { CardData } from '../core/card.ts';
import { formatDate, formatFigure } from '../core/card.ts';

export interface CardStrings {
  kind: Record<CardData['kind'], string>;
  readFullStory: string;
  close: string;
  fromArticle: string;
  ourTranslation: string;
}

export interface HoverCardProps {
  data: CardData;
  strings: CardStrings;
  onReadMore: () => void;
  onClose: () => void;
}

export function HoverCard({ data, strings, onReadMore, onClose }: HoverCardProps) {
  const figure = data.figure ? formatFigure(data.figure, data.lang) : null;
  return (
    <div class={`card kind-${data.kind}`} role="dialog" aria-label={data.name} data-entity={data.entity} lang={data.lang} dir="ltr" tabIndex={-1}>
      <div class="top">
        <span class="kind">{strings.kind[data.kind]}</span>
        <button type="button" class="close" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
      </div>
      {figure ? <p class="figure">{figure}</p> : null}
      <h2 class="name">{data.name}</h2>
      <p class="role">{data.role}</p>
      <figure class="quote">
        <figcaption>{strings.fromArticle}</figcaption>
        <blockquote>{data.sentence}</blockquote>
      </figure>
      <p class="source">
        <span class="headline">{data.headline}</span>
        <span class="meta">
          {data.source} · <time dateTime={data.posted}>{formatDate(data.posted, data.lang)}</time>
          {data.translated ? ` · ${strings.ourTranslation}` : ''}
        </span>
      </p>
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
    </div>
  );
}

/**
 * The card's styles, injected into its shadow root (page CSS cannot reach in, ours
 * cannot leak out). `:host` is reset hard because hostile pages style unknown elements.
 */
const DARK = `--bg: #1e2329; --fg: #e6edf3; --muted: #9da7b3; --line: #3b434d; --accent: #79b8ff;
  --person: #79b8ff; --treaty: #e3b341; --figure: #56d364; --quote: #262c33;
  box-shadow: 0 8px 28px rgba(0,0,0,.5), 0 1px 3px rgba(0,0,0,.4);`;

export const CARD_CSS = `
:host { all: initial !important; }
.card {
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #1f5fbf;
  --person: #2f7be0; --treaty: #b7791f; --figure: #2f9e5a; --quote: #f4f6f8;
  position: fixed; top: 0; left: 0; box-sizing: border-box;
  width: max-content; max-width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); overflow: auto;
  margin: 0; padding: 12px 14px 12px;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none;
  white-space: normal; overflow-wrap: anywhere; cursor: auto; pointer-events: auto;
  opacity: 1; transition: opacity .15s ease-out;
  outline: none;
}
.card[data-entering] { opacity: 0; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
/* Dark: chosen from the page's colours (data-theme, card-theme.ts), else the browser's preference. */
.card[data-theme=dark] { ${DARK} }
@media (prefers-color-scheme: dark) { .card:not([data-theme]) { ${DARK} } }
@media (prefers-reduced-motion: reduce) { .card { transition: none; } }
.top { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 4px; }
.kind { font-size: 11px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--person); }
.kind-treaty .kind { color: var(--treaty); }
.kind-figure .kind { color: var(--figure); }
.close { all: unset; cursor: pointer; font-size: 20px; line-height: 20px; width: 24px; height: 24px; text-align: center;
  border-radius: 6px; color: var(--muted); }
.close:hover { background: var(--quote); color: var(--fg); }
.close:focus-visible { outline: 2px solid var(--accent); }
.figure { margin: 2px 0 2px; font-size: 20px; font-weight: 700; color: var(--figure); }
.name { margin: 0; font-size: 17px; line-height: 1.3; font-weight: 650; color: var(--fg); }
.role { margin: 2px 0 8px; color: var(--muted); }
.quote { margin: 0 0 8px; padding: 8px 10px; background: var(--quote); border-radius: 6px; border-inline-start: 3px solid var(--person); }
.kind-treaty .quote { border-inline-start-color: var(--treaty); }
.kind-figure .quote { border-inline-start-color: var(--figure); }
.quote figcaption { font-size: 11px; color: var(--muted); margin: 0 0 2px; }
.quote blockquote { margin: 0; font-style: italic; }
.source { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
.headline { display: block; color: var(--fg); font-weight: 600; }
.also { margin: 0 0 8px; font-size: 12px; color: var(--muted); }
.also ul { margin: 2px 0 0; padding-inline-start: 16px; }
.also a { color: var(--accent); }
.more { color: var(--accent); font-weight: 600; text-decoration: none; border-radius: 4px; }
.more:hover { text-decoration: underline; }
.more:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.switch-lang { all: unset; cursor: pointer; font-size: 12px; padding: 1px 6px; border: 1px solid var(--line);
  border-radius: 4px; color: var(--muted); }
.switch-lang:hover { color: var(--fg); }
.switch-lang:focus-visible { outline: 2px solid var(--accent); }
/* The actions stay in view when the card is cut to the viewport (200% zoom, a small window): the rest scrolls above them. */
.actions { display: grid; grid-template-columns: 1fr auto; align-items: baseline; gap: 4px 12px;
  position: sticky; bottom: -12px; margin: 0 -14px -12px; padding: 6px 14px 12px; background: var(--bg); border-top: 1px solid var(--line); }
.not-this { grid-column: 1; justify-self: start; }
.not-this { all: unset; cursor: pointer; font-size: 12px; color: var(--muted); text-decoration: underline dotted; border-radius: 4px; }
.not-this:hover { color: var(--fg); }
.not-this:focus-visible { outline: 2px solid var(--accent); }
.quote blockquote:lang(zh), .quote blockquote:lang(ja), .quote blockquote:lang(ko) { font-style: normal; }
.hidden { visibility: hidden; }
`;

/** The card styles for pages where cards are not in a shadow root (popup, reader). */
export function addCardStyles(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = CARD_CSS.replace(':host { all: initial !important; }', '');
  doc.head.append(style);
}

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcher from 'virtual:konteks/matcher';
import { scanText } from '../../src/core/engine.ts';
import { prefilterOf } from '../../src/core/prefilter.ts';
import { TextSweep, type SweepOptions } from '../../src/dom/text-sweep.ts';
import { ALIAS_WORDS } from '../core/alias-words.ts';

/** A prefilter that says "maybe" for any text with "Putin" in it. */
const mayContain = (t: string) => /putin/i.test(t);

/** The owners a sweep hands back (as tag#id), the shadow roots it found, and how often it paused. */
function sweep(root: Node, opts: SweepOptions = {}): { owners: string[]; shadows: number; pauses: number } {
  const out = { owners: [] as string[], shadows: 0, pauses: 0 };
  const s = new TextSweep(root, mayContain, { onShadowRoot: () => void out.shadows++, ...opts });
  for (let step = s.run(); step !== 'done'; step = s.run()) {
    if (step === 'yield') out.pauses++;
    else {
      const o = step.owner;
      const name = o.nodeType === 1 ? `${(o as Element).localName}${(o as Element).id ? '#' + (o as Element).id : ''}` : String(o.nodeType);
      // A block found around the hit: its text after the owner; a whole owner: the owner alone.
      out.owners.push(step.nodes ? `${name}:${step.nodes.map((n) => n.data).join('')}` : name);
    }
  }
  return out;
}

describe('TextSweep', () => {
  it('hands back the block of each text that may hold a mention, once, in document order', () => {
    document.body.innerHTML = `<p id="a">Nothing</p><div id="b">Vladimir <b>Putin</b> and <i>Putin</i><p id="c">Putin</p></div>
      <ul><li id="d">x</li><li id="e">Putin</li></ul><p id="f">Putin</p>`;
    // #b's first block ends where #c begins; #c is a block of its own.
    expect(sweep(document.body).owners).toEqual(['div#b:Vladimir Putin and Putin', 'p#c:Putin', 'li#e:Putin', 'p#f:Putin']);
  });

  it('passes over text that is never read: scripts, styles, hidden, editable, form fields', () => {
    document.body.innerHTML = `<script>Putin</script><style>.putin{}</style><div hidden><p>Putin</p></div>
      <div contenteditable="true"><p>Putin</p></div><textarea>Putin</textarea><p id="ok">Putin</p>`;
    expect(sweep(document.body).owners).toEqual(['p#ok:Putin']);
  });

  it('hands back a block where a node border falls inside a word (a name cut across elements)', () => {
    document.body.innerHTML = '<p id="a">Pu<b>tin</b></p><p id="b">no cut <b>here</b></p>';
    expect(sweep(document.body, {}).owners).toEqual(['p#a:Putin']);
  });

  it('sees a word cut across nodes with an empty text node between the two halves', () => {
    document.body.innerHTML = '<p id="a"></p><p id="b">no cut <b>here</b></p>';
    document.getElementById('a')!.append('Pu', '', document.createElement('b'), 'tin');
    expect(document.getElementById('a')!.childNodes.length).toBe(4);
    expect(sweep(document.body, {}).owners).toEqual(['p#a:Putin']);
  });

  it('passes over a cut word when the prefilter turns away the text around the cut', () => {
    // "Share|Tweet" in one block, and a cut "Pu|tin" only with the run of the word before it.
    document.body.innerHTML = '<p id="a"><span>Share</span><span>Tweet</span></p><p id="b">Sa<b>tin</b></p><p id="c">x Pu<b>tin</b></p>';
    expect(sweep(document.body).owners).toEqual(['p#c:x Putin']);
  });

  it('follows a word cut more than once, and across a pause', () => {
    document.body.innerHTML = '<p id="a">Vladimir P<b>ut</b><i>in</i></p><p id="b"></p>';
    expect(sweep(document.body).owners).toEqual(['p#a:Vladimir Putin']);
    // The pause comes after 64 nodes: between "t" (the 64th) and "in".
    const b = document.getElementById('b')!;
    document.getElementById('a')!.remove();
    b.append(...Array.from({ length: 62 }, () => 'a '), 'Pu', 't', 'in');
    const paused = sweep(document.body, { shouldYield: () => true });
    expect(paused.pauses).toBe(1);
    expect(paused.owners).toEqual([`p#b:${'a '.repeat(62)}Putin`]);
  });

  it('sees a cut name at the start of a block that follows other blocks edge to edge (their borders look like cuts too)', () => {
    // The real prefilter: an anchor must begin a word, so "SharePutin" is no hit; the name begins at a border.
    const may = prefilterOf(matcher.prefilter);
    document.body.innerHTML = '<ul><li>Share</li><li id="a">Pu<b>tin</b></li></ul><ul><li>Ho</li><li>me</li><li id="b">Lav<b>r\u00f3</b>v</li></ul><p><i>xx</i></p><p id="c">P\u00fa<b>tin</b></p>';
    const s = new TextSweep(document.body, may);
    const owners: string[] = [];
    for (let step = s.run(); step !== 'done'; step = s.run()) if (step !== 'yield') owners.push((step.owner as Element).id);
    expect(owners).toEqual(['a', 'b', 'c']);
  });

  it('with the real prefilter, hands back every block the engine finds a mention in, however its text is cut into nodes', () => {
    const may = prefilterOf(matcher.prefilter);
    const cut = fc.array(fc.constantFrom(...ALIAS_WORDS), { minLength: 1, maxLength: 12 }).chain((ws) => {
      const text = ws.join('');
      // Cut points (any UTF-16 unit), each text node in a <b> or not.
      return fc.tuple(fc.constant(text), fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 6 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }));
    });
    let found = 0;
    fc.assert(
      fc.property(cut, ([text, points, wrap]) => {
        const at = [0, ...points.filter((x) => x < text.length).sort((a, b) => a - b), text.length];
        const pieces = at.slice(1).map((end, i) => text.slice(at[i], end));
        const p = document.createElement('p');
        pieces.forEach((piece, i) => p.append(wrap[i] ? Object.assign(document.createElement('b'), { textContent: piece }) : piece));
        document.body.replaceChildren(p);
        const s = new TextSweep(document.body, may);
        const handed: Node[] = [];
        for (let step = s.run(); step !== 'done'; step = s.run()) if (step !== 'yield') handed.push(step.owner);
        if (scanText(matcher, text).length > 0) {
          found++;
          expect(handed, JSON.stringify(pieces)).toContain(p);
        }
      }),
      { numRuns: 3000 },
    );
    expect(found).toBeGreaterThan(300);
  });

  it('says maybe at a cut inside a word run too long to look at', () => {
    const long = 'x'.repeat(70);
    document.body.innerHTML = `<p id="a">${long}<b>y</b></p><p id="b">y<b>${long}</b></p><p id="c">${long.slice(0, 60)}<b>y</b></p>`;
    expect(sweep(document.body).owners).toEqual([`p#a:${long}y`, `p#b:y${long}`]);
  });

  it('hands back the block of a long text without testing it, unless its text is never read', () => {
    document.body.innerHTML = `<style>${'x'.repeat(10_000)}</style><p id="long">${'y '.repeat(5_000)}</p>`;
    expect(sweep(document.body).owners).toEqual(['p#long:' + 'y '.repeat(5_000)]);
  });

  it('hands back only the block around a hit in text the root holds directly, not the whole root', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(50) + 'intro <i>Putin</i> said<br>more<p>Putin</p>' + '<p>x</p>'.repeat(50);
    expect(sweep(document.body).owners).toEqual(['body:intro Putin said', 'p:Putin']);
  });

  it('hands back the whole owner when its block is too long to find by looking around', () => {
    document.body.innerHTML = '<p id="big">' + '<b>x</b> '.repeat(300) + 'Putin</p><p id="after">Putin</p>';
    expect(sweep(document.body).owners).toEqual(['p#big', 'p#after:Putin']);
  });

  it('finds open shadow roots, except under skipped subtrees', () => {
    document.body.innerHTML = '<div id="h1"></div><div hidden><div id="h2"></div></div><section><span id="h3"></span></section>';
    for (const id of ['h1', 'h2', 'h3']) document.getElementById(id)!.attachShadow({ mode: 'open' }).innerHTML = '<p>Putin</p>';
    expect(sweep(document.body).shadows).toBe(2);
    // In a shadow root, a text's owner may be the shadow root itself.
    const root = document.getElementById('h1')!.shadowRoot!;
    root.innerHTML = 'Putin';
    expect(sweep(root).owners).toEqual(['11:Putin']);
    // So is an inline element's at the top of a shadow tree (its text runs on with its siblings'); a block's is the block.
    root.innerHTML = '<p id="p">Putin</p><b>Pu</b><a>tin</a>';
    expect(sweep(root).owners).toEqual(['p#p:Putin', '11:Putin']);
  });

  it('pauses when asked and goes on where it stopped', () => {
    document.body.innerHTML = '<p>x</p>'.repeat(300) + '<p id="end">Putin</p>' + '<div></div>'.repeat(600);
    const r = sweep(document.body, { shouldYield: () => true });
    expect(r.owners).toEqual(['p#end:Putin']);
    expect(r.pauses).toBeGreaterThanOrEqual(4 + 2); // every 64 text nodes, every 256 elements
  });

  it('says so when the page removed the node it was to go on from', () => {
    document.body.innerHTML = '<div id="gone">' + '<p>x</p>'.repeat(100) + '</div><p>Putin</p>';
    const s = new TextSweep(document.body, mayContain, { shouldYield: () => true });
    expect(s.run()).toBe('yield');
    document.getElementById('gone')!.remove();
    const rest: unknown[] = [];
    for (let step = s.run(); step !== 'done'; step = s.run()) rest.push(step);
    expect(s.lost).toBe(true);
    expect(rest).toEqual([]); // the scanner sweeps again in full later
  });
});

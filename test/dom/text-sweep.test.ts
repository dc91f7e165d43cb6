// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { TextSweep, type SweepOptions } from '../../src/dom/text-sweep.ts';

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

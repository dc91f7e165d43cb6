// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, locate } from '../../src/dom/text-blocks.ts';

function blocks(html: string): string[] {
  document.body.innerHTML = html;
  return collectBlocks(document.body).map((b) => b.text);
}

describe('collectBlocks', () => {
  it('joins inline pieces of one block and splits blocks', () => {
    expect(blocks('<p>Sergey <b>Lavrov</b> met <a href="#">Wang</a> Yi.</p><div>Next</div>')).toEqual(['Sergey Lavrov met Wang Yi.', 'Next']);
  });
  it('skips scripts, styles, form fields, editable islands and hidden subtrees', () => {
    expect(blocks(`<p>A</p><script>Putin</script><style>.x{}</style><textarea>Putin</textarea><select><option>Putin</option></select>
      <div contenteditable="true"><p>Putin</p></div><div contenteditable="false">B</div><div hidden>Putin</div><template><p>Putin</p></template><noscript>Putin</noscript>`))
      .toEqual(['A', 'B']);
  });
  it('splits at <br> and nested blocks', () => {
    expect(blocks('<div>Sergey<br>Lavrov</div><div>one <p>two</p> three</div>')).toEqual(['Sergey', 'Lavrov', 'one ', 'two', ' three']);
  });
  it('splits at a subtree it does not read, so no mention spans an editable island or a form field', () => {
    expect(blocks('<p>Vladimir <span contenteditable="true">Sergey </span>Putin</p><p>Xi<textarea>x</textarea>Jinping</p><p>Wang<script>1</script>Yi</p>'))
      .toEqual(['Vladimir ', 'Putin', 'Xi', 'Jinping', 'Wang', 'Yi']);
  });
  it('locates offsets in the right text node', () => {
    document.body.innerHTML = '<p>ab<b>cd</b>ef</p>';
    const [b] = collectBlocks(document.body);
    expect(locate(b!, 2)[0].data).toBe('cd');
    expect(locate(b!, 2, true)[0].data).toBe('ab');
    expect(locate(b!, 6, true)).toEqual([b!.nodes[2], 2]);
  });
});

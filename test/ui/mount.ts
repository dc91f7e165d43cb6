/** Renders a Preact node into a fresh element of the (happy-dom) document, for the UI tests. */
import { render, type ComponentChild } from 'preact';

export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

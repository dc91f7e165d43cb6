import { render } from 'preact';
import articles from 'virtual:konteks/articles';

function Popup() {
  const a = articles[0]!;
  return (
    <main>
      <h1>{a.headline}</h1>
      <p>{a.source}</p>
      {a.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);

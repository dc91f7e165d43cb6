/** Our own test pages (the real-page corpus is used by the corpus tests and the benchmark). */

const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Konteks test</title>`;

export const ARTICLE = `${HEAD}
<style>body { font: 18px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; } .far { margin-top: 1400px; }</style>
</head><body>
<article>
<h1 id="h">Lavrov visits Beijing</h1>
<p id="p1">Russian Foreign Minister Sergey <b>Lavrov</b> met State Councilor Wang Yi on Monday.</p>
<p id="p2" title="A native tooltip">President Xi Jinping spoke by phone with Vladimir Putin five times last year.</p>
<p id="p3">China has been Russia's largest trading partner for 11 consecutive years, and bilateral trade exceeded $107 billion last year.</p>
<p id="p4">The Treaty of Good-Neighborliness and Friendly Cooperation turns 20. <a href="#x">A link</a></p>
<p id="p5">Li Yonghui said the visit showed the strength of ties. Li added more.</p>
<textarea id="ta">Putin in a textarea is never marked</textarea>
<div contenteditable="true" id="ce">Putin in an editable div is never marked</div>
<p class="far" id="p6">Zhao Lijian spoke at the briefing.</p>
</article>
<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; });</script>
</body></html>`;

/** A mention in the bottom-right corner of the viewport, on a page that follows the browser's light or dark. */
export const EDGE = `${HEAD}<meta name="color-scheme" content="light dark"><style>html,body{margin:0;height:100%;overflow:hidden} #e{position:fixed;right:4px;bottom:4px;margin:0;font:16px sans-serif}</style></head>
<body><p id="e">talks with Vladimir Putin</p></body></html>`;

/** Hostile CSS: resets everything, hides unknown elements. */
export const HOSTILE_CSS = `${HEAD}<style>* { all: unset !important; } konteks-card, :not(html):not(head):not(body):not(p):not(b) { display: none !important; } p { display: block !important; font: 20px serif !important; margin: 40px !important; }</style></head>
<body><p id="p">Sergey Lavrov arrived in Beijing.</p></body></html>`;

/** A single-page app that adds a mention later and navigates with the history API. */
export const SPA = `${HEAD}</head><body><main id="app"><p>Loading…</p></main>
<script>
setTimeout(() => {
  document.getElementById('app').innerHTML = '<p id="late">Later, Wang Yi and Sergey Lavrov met.</p>';
}, 600);
window.goNext = () => {
  history.pushState({}, '', '/spa/next');
  document.getElementById('app').innerHTML = '<p id="next">Xi Jinping hosted the talks.</p>';
};
</script></body></html>`;

export const WITH_FRAME = `${HEAD}</head><body><p>Outer page without mentions.</p><iframe id="f" src="/frame.html" width="600" height="200"></iframe></body></html>`;
export const FRAME = `${HEAD}</head><body><p id="in">Inside the frame: Vladimir Putin.</p></body></html>`;

export const SHADOW = `${HEAD}</head><body><p>Light DOM: nothing here.</p><div id="host"></div>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p id="s">Shadow text about Xi Jinping.</p>';</script></body></html>`;

export const RTL = `${HEAD.replace('lang="en"', 'lang="ar" dir="rtl"')}<style>body{font:18px sans-serif;margin:2rem}</style></head>
<body><p id="r">التقى وزير الخارجية الروسي Sergey Lavrov مع نظيره الصيني.</p></body></html>`;

/** Chinese, no spaces between words: names run into the text around them. */
export const CJK = `${HEAD.replace('lang="en"', 'lang="zh"')}<style>body{font:18px sans-serif;margin:2rem;max-width:40rem}</style>
<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; });</script></head>
<body><p id="z">俄罗斯外长拉夫罗夫3月22日至23日访华，与国务委员兼外长王毅会谈。国家主席习近平今年已同普京五次通电话。外交部发言人赵立坚表示，中俄双边贸易额去年超过1070亿美元。</p></body></html>`;

/** Pages in other scripts, written by us: what each marks is asserted in languages.e2e.test.ts. */
const page = (lang: string, dir: string, body: string) =>
  `${HEAD.replace('lang="en"', `lang="${lang}" dir="${dir}"`)}<meta name="color-scheme" content="light dark"><style>body{font:20px/1.7 sans-serif;margin:2rem;max-width:40rem}</style>
<script>document.addEventListener('DOMContentLoaded', () => { window.__before = document.documentElement.outerHTML; });</script></head><body>${body}</body></html>`;

export const ARABIC = page('ar', 'rtl', `<h1>لافروف في بكين</h1>
<p id="a1">وصل وزير الخارجية الروسي سيرغي لافروف إلى الصين في زيارة تستغرق يومين، والتقى نظيره وانغ يي.</p>
<p id="a2">وتحدث الرئيس فلاديمير بوتين مع الرئيس شي جين بينغ هاتفيا، وقال المتحدث تشاو ليجيان إن العلاقات قوية ولافروف متفائل.</p>
<p id="a3">بلغ حجم التبادل التجاري بين روسيا والصين ١٠٧٫٧٦ مليار دولار العام الماضي.</p>`);

export const JAPANESE = page('ja', 'ltr', `<p id="j1">ロシアのラブロフ外相は22日、中国を訪問し、王毅国務委員兼外相と会談した。ラブロフ氏は「関係は強固だ」と述べた。</p>
<p id="j2">習近平国家主席はプーチン大統領と電話で協議した。</p>`);

export const KOREAN = page('ko', 'ltr', `<p id="k1">세르게이 라브로프 러시아 외무장관이 중국을 방문했다. 라브로프는 왕이 외교부장과 회담했다.</p>
<p id="k2">시진핑 국가주석은 블라디미르 푸틴 대통령과 통화했고, 푸틴은 협력을 강조했다.</p>`);

export const HINDI = page('hi', 'ltr', `<p id="h1">रूस के विदेश मंत्री सर्गेई लावरोव दो दिन की यात्रा पर चीन पहुंचे। लावरोव ने वांग यी से बातचीत की।</p>
<p id="h2">राष्ट्रपति शी जिनपिंग और व्लादिमीर पुतिन ने फोन पर बात की।</p>`);

/** A dark page (its own colours) with a light section: the card follows the page, not the browser. */
export const DARK_PAGE = `${HEAD}<style>html { background: #121417; color: #e8e8e8; } body { font: 18px/1.6 sans-serif; margin: 2rem; }
.paper { background: #fffdf7; color: #222; padding: 1rem; margin-top: 2rem; }</style></head>
<body><main><p id="d">On a dark page Vladimir Putin met Wang Yi.</p><div class="paper"><p id="l">On paper, Sergey Lavrov spoke.</p></div></main></body></html>`;

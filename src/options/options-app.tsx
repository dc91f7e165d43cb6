/** Options: what to mark (kinds, first mentions), cards, sites where Konteks is off, mentions refused with "Not this", reset. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, parseSettings, withRefusal, type Settings } from '../shared/settings.ts';
import { KINDS } from '../core/dataset.ts';
import { t } from '../ui/i18n.ts';

export interface OptionsDeps {
  loadSettings: () => Promise<Settings>;
  saveSettings: (s: Settings) => Promise<void>;
}

const KIND_LABEL = { person: ['kindsPeople', 'People'], treaty: ['kindsTreaty', 'The treaty'], figure: ['kindsFigures', 'Trade figures'] } as const;

export function OptionsApp({ loadSettings, saveSettings }: OptionsDeps) {
  const [s, setS] = useState<Settings | null>(null);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then((x) => {
      setS(x);
      setSites(x.disabledSites.join('\n'));
    });
  }, []);
  if (!s) return null;
  const save = async (next: Settings) => {
    const clean = parseSettings(next);
    setS(clean);
    await saveSettings(clean);
    setSaved(true);
    setTimeout(() => setSaved(false), 1500);
  };
  return (
    <main class="options">
      <h1>{t('optionsTitle', 'Konteks options')}</h1>
      <fieldset>
        <legend>{t('kindsToMark', 'Mark on pages')}</legend>
        {KINDS.map((k) => (
          <label class="toggle" key={k}>
            <input type="checkbox" name={`kind-${k}`} checked={s.kinds[k]} onChange={(e) => void save({ ...s, kinds: { ...s.kinds, [k]: (e.target as HTMLInputElement).checked } })} />
            {t(KIND_LABEL[k][0], KIND_LABEL[k][1])}
          </label>
        ))}
        <label class="toggle">
          <input type="checkbox" name="first-mention-only" checked={s.firstMentionOnly} onChange={(e) => void save({ ...s, firstMentionOnly: (e.target as HTMLInputElement).checked })} />
          {t('firstMentionOnly', 'Only the first mention of each')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('cards', 'Cards')}</legend>
        <label for="delay">{t('hoverDelay', 'Delay before a card shows')}: <output for="delay">{s.hoverDelayMs} ms</output></label>
        <input id="delay" type="range" min={100} max={1500} step={50} value={s.hoverDelayMs} onChange={(e) => void save({ ...s, hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
        <label for="style">{t('highlightStyle', 'Highlight style')}</label>
        <select id="style" value={s.highlightStyle} onChange={(e) => void save({ ...s, highlightStyle: (e.target as HTMLSelectElement).value as Settings['highlightStyle'] })}>
          <option value="underline">{t('styleUnderline', 'Dotted underline')}</option>
          <option value="background">{t('styleBackground', 'Background tint')}</option>
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('offSites', 'Sites where Konteks is off')}</legend>
        <label for="sites" class="note">{t('offSitesHelp', 'One host name per line, e.g. example.com')}</label>
        <textarea id="sites" rows={5} value={sites} onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)}
          onBlur={() => void save({ ...s, disabledSites: sites.split(/\s+/).map((x) => x.trim().toLowerCase()).filter(Boolean) })} />
      </fieldset>
      <fieldset class="refusals">
        <legend>{t('refusalsTitle', 'Mentions you marked “Not this”')}</legend>
        {s.refusals.length === 0 ? <p class="note">{t('refusalsNone', 'None. “Not this person” on a card removes a mark and lists it here.')}</p> : (
          <ul>
            {s.refusals.map((r) => (
              <li key={`${r.site}\n${r.entity}\n${r.surface}`}>
                <span dir="auto">{t('refusalOn', `“${r.surface}” on ${r.site}`, [r.surface, r.site])}</span>
                <button type="button" onClick={() => void save(withRefusal(s, r, false))}>{t('undo', 'Undo')}</button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div class="row">
        <button type="button" onClick={() => {
          setSites('');
          void save({ ...DEFAULT_SETTINGS, disabledSites: [] });
        }}>{t('reset', 'Reset to defaults')}</button>
        <span role="status" class="note">{saved ? t('saved', 'Saved') : ''}</span>
      </div>
    </main>
  );
}

import { render } from 'preact';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import '../ui/pages.css';
import './options.css';
import { OptionsApp } from './options-app.tsx';
import { uiDir, uiLocale } from '../ui/i18n.ts';

document.documentElement.lang = uiLocale();
document.documentElement.dir = uiDir();
render(<OptionsApp loadSettings={loadSettings} saveSettings={saveSettings} />, document.getElementById('app')!);

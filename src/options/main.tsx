import { render } from 'preact';
import browser from '../shared/browser.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import '../ui/pages.css';
import './options.css';
import { OptionsApp } from './options-app.tsx';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp loadSettings={loadSettings} saveSettings={saveSettings} />, document.getElementById('app')!);

/**
 * The only door to extension APIs. Everything else takes what it needs as arguments,
 * so it runs in Node tests without a browser.
 */
import browser from 'webextension-polyfill';

export default browser;

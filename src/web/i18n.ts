import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ja } from '../i18n/ja';
import { isLocale, type Locale } from '../i18n/locales';
import { readCookie } from './lib/urls';

export const LANG_COOKIE = 'mendan_lang';

// Japanese, the source locale and the fallback of every key, comes with the first page; another language's
// catalog is fetched the first time someone needs it (login page switch, their saved language, settings),
// so the Japanese majority never downloads English.
const LOADERS: Record<Exclude<Locale, 'ja'>, () => Promise<unknown>> = {
  en: () => import('../i18n/en').then((m) => m.en),
};

/** Before login: the language chosen on the login page (cookie), else Japanese. */
function initialLocale(): Locale {
  const fromCookie = readCookie(document.cookie, LANG_COOKIE);
  return isLocale(fromCookie) ? fromCookie : 'ja';
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja } },
  lng: 'ja',
  fallbackLng: 'ja',
  initAsync: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});

const syncHtmlLang = (lng: string) => {
  document.documentElement.lang = lng;
};
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

async function loadCatalog(locale: Locale): Promise<void> {
  if (locale === 'ja' || i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await LOADERS[locale]());
}

/** The language asked for last: a slower catalog download must not switch back to an older choice. */
let wanted: Locale = 'ja';

/** Switches the UI language without a reload, once its catalog is there (no half-translated screen). */
export async function switchLocale(locale: Locale): Promise<void> {
  wanted = locale;
  await loadCatalog(locale);
  if (wanted === locale && i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Resolves when the first screen's language is ready: main.tsx renders after it, so nothing shows in the wrong one. */
export const i18nReady: Promise<void> = switchLocale(initialLocale());

/** Remembers the choice made before login so the server answers in it too. */
export function rememberLocale(locale: Locale) {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in some supported browsers
  document.cookie = `${LANG_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'ja');

export { i18n };

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { jaFirstPage } from '../i18n/ja/first-page';
import { isLocale, type Locale } from '../i18n/locales';
import { readCookie } from './lib/urls';

export const LANG_COOKIE = 'mendan_lang';

// The first page carries only what it says in Japanese, the source locale (jaFirstPage). A language's whole
// catalog is fetched when someone switches to it (login page, their saved language, settings) or opens any
// other page (router.tsx `page`), so the Japanese majority never downloads English.
const CATALOGS: Record<Locale, () => Promise<object>> = {
  ja: () => import('../i18n/ja').then((m) => m.ja),
  en: () => import('../i18n/en').then((m) => m.en),
};
const complete = new Map<Locale, Promise<void>>();

/** Before login: the language chosen on the login page (cookie), else Japanese. */
function initialLocale(): Locale {
  const fromCookie = readCookie(document.cookie, LANG_COOKIE);
  return isLocale(fromCookie) ? fromCookie : 'ja';
}

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: jaFirstPage } },
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

/** Makes a language's whole catalog available (once; a failed download is tried again next time). */
export function loadCatalog(locale: Locale): Promise<void> {
  let loading = complete.get(locale);
  if (!loading) {
    loading = CATALOGS[locale]().then((catalog) => {
      // Deep and overwriting: Japanese extends the first page's texts already there.
      i18n.addResourceBundle(locale, 'translation', catalog, true, true);
    });
    loading.catch(() => complete.delete(locale));
    complete.set(locale, loading);
  }
  return loading;
}

/** The language asked for last: a slower catalog download must not switch back to an older choice. */
let wanted: Locale = 'ja';

/** Switches the UI language without a reload, once its whole catalog is there (no half-translated screen). */
export async function switchLocale(locale: Locale): Promise<void> {
  wanted = locale;
  // Staying in the language shown needs nothing: the signed-in Japanese majority's home waits for no catalog.
  if (i18n.language === locale) return;
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

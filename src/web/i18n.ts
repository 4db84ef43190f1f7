import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isLocale, type Locale, resources } from '../i18n';
import { readCookie } from './lib/urls';

export const LANG_COOKIE = 'mendan_lang';

/** Before login: the language chosen on the login page (cookie), else Japanese. */
function initialLocale(): Locale {
  const fromCookie = readCookie(document.cookie, LANG_COOKIE);
  return isLocale(fromCookie) ? fromCookie : 'ja';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
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

/** Switches the UI language without a reload. */
export async function switchLocale(locale: Locale): Promise<void> {
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** Remembers the choice made before login so the server answers in it too. */
export function rememberLocale(locale: Locale) {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in some supported browsers
  document.cookie = `${LANG_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'ja');

export { i18n };

import i18next, { type TFunction } from 'i18next';
import { en } from './en';
import { ja } from './ja';
import { DEFAULT_LOCALE, type Locale } from './locales';

export { DEFAULT_LOCALE, isLocale, LOCALES, type Locale, localeFromHeader } from './locales';

// One catalog per feature file so features can grow without touching each other (composed in ja/ and en/).
export const resources = {
  ja: { translation: ja },
  en: { translation: en },
} as const;

const server = i18next.createInstance();
void server.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  initAsync: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false },
});

/** Server-side translator for a locale (errors, mails). */
export function translator(locale: Locale): TFunction {
  return server.getFixedT(locale);
}

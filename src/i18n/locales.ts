// Which languages exist, without their catalogs: the web app imports this on its first page, where only
// the language in use may be loaded (src/web/i18n.ts).
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

export function isLocale(v: unknown): v is Locale {
  return v === 'ja' || v === 'en';
}

/** Picks a supported locale from an Accept-Language header. */
export function localeFromHeader(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

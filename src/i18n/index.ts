import i18next, { type TFunction } from 'i18next';
import enAdmin from './en/admin';
import enAudit from './en/audit';
import enAuth from './en/auth';
import enCommon from './en/common';
import enDirectory from './en/directory';
import enForms from './en/forms';
import enHome from './en/home';
import enImport from './en/import';
import enInsight from './en/insight';
import enPlacement from './en/placement';
import enThemes from './en/themes';
import enTrends from './en/trends';
import enNotify from './en/notify';
import enOps from './en/ops';
import enPrep from './en/prep';
import enRecord from './en/record';
import enRounds from './en/rounds';
import enSchedule from './en/schedule';
import enSetup from './en/setup';
import enSkills from './en/skills';
import enUi from './en/ui';
import jaAdmin from './ja/admin';
import jaAudit from './ja/audit';
import jaAuth from './ja/auth';
import jaCommon from './ja/common';
import jaDirectory from './ja/directory';
import jaForms from './ja/forms';
import jaHome from './ja/home';
import jaImport from './ja/import';
import jaInsight from './ja/insight';
import jaPlacement from './ja/placement';
import jaThemes from './ja/themes';
import jaTrends from './ja/trends';
import jaNotify from './ja/notify';
import jaOps from './ja/ops';
import jaPrep from './ja/prep';
import jaRecord from './ja/record';
import jaRounds from './ja/rounds';
import jaSchedule from './ja/schedule';
import jaSetup from './ja/setup';
import jaSkills from './ja/skills';
import jaUi from './ja/ui';

// One catalog per feature file so features can grow without touching each other.
export const resources = {
  ja: {
    translation: {
      ...jaCommon,
      auth: jaAuth,
      directory: jaDirectory,
      forms: jaForms,
      home: jaHome,
      import: jaImport,
      insight: jaInsight,
      trends: jaTrends,
      themes: jaThemes,
      placement: jaPlacement,
      notify: jaNotify,
      rounds: jaRounds,
      prep: jaPrep,
      record: jaRecord,
      skills: jaSkills,
      schedule: jaSchedule,
      setup: jaSetup,
      admin: jaAdmin,
      ops: jaOps,
      audit: jaAudit,
      ui: jaUi,
    },
  },
  en: {
    translation: {
      ...enCommon,
      auth: enAuth,
      directory: enDirectory,
      forms: enForms,
      home: enHome,
      import: enImport,
      insight: enInsight,
      trends: enTrends,
      themes: enThemes,
      placement: enPlacement,
      notify: enNotify,
      rounds: enRounds,
      prep: enPrep,
      record: enRecord,
      skills: enSkills,
      schedule: enSchedule,
      setup: enSetup,
      admin: enAdmin,
      ops: enOps,
      audit: enAudit,
      ui: enUi,
    },
  },
} as const;

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

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { rememberLocale, switchLocale } from '../i18n';
import { Loading } from './status';
import type { Locale } from '../../domain/shared/format';

/** Language switch for pages shown before login; the choice is kept in the mendan_lang cookie. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const choose = (l: Locale) => {
    rememberLocale(l);
    void switchLocale(l);
  };
  return (
    <fieldset className="lang-switch">
      <legend className="visually-hidden">{t('ui.login.language')}</legend>
      {(['ja', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={l} className="btn btn--secondary" aria-pressed={i18n.language === l} onClick={() => choose(l)}>
          {t(`ui.locales.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}

/** Frame of the pages before login: brand, language switch, one centred card. */
export function PublicShell() {
  return (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  );
}

/** The same frame while a page of it is fetched on a first visit (router.tsx): no jump when the page arrives. */
export function PublicShellLoading() {
  return (
    <PublicFrame>
      <Loading />
    </PublicFrame>
  );
}

function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="public">
      <a className="skip-link" href="#main">
        {t('ui.shell.skip')}
      </a>
      <header className="public__header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="public__main">
        {children}
      </main>
      <footer className="public__footer">
        <p>{t('app.tagline')}</p>
      </footer>
    </div>
  );
}

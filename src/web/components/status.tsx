import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Sets the document title: 「社員名簿 | Mendan」. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} | ${t('app.name')}` : t('app.name');
  }, [title, t]);
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('ui.common.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="empty" role="status">
      {children}
    </p>
  );
}

/** 「見つかりませんでした」 — unknown routes, and records the API answers 404 for. */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('ui.notFound.title'));
  return (
    <section className="page narrow not-found">
      <h1 tabIndex={-1}>{t('ui.notFound.title')}</h1>
      <p>{t('ui.notFound.body')}</p>
      <p>
        <Link to="/">{t('ui.notFound.home')}</Link>
      </p>
    </section>
  );
}

/** A page header with the heading and optional actions on the right. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {children && <div className="page-header__actions">{children}</div>}
    </div>
  );
}

/** 在籍 / 退職 */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status}`}>
      {status === 'retired' ? t('ui.directory.statusRetired') : t('ui.directory.statusActive')}
    </span>
  );
}

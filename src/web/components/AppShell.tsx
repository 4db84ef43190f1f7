import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { api } from '../api';
import { formatName } from '../../domain/shared/format';
import { mayOpen } from '../lib/guard';
import { useUnread } from '../routes/notify/unread';
import { useMe } from '../session';
import type { Can } from '../types';
import { Button } from './forms';
import { NotFound } from './status';

type NavItem = { to: string; key: string; show: (can: Can) => boolean; end?: boolean };

export const NAV: readonly NavItem[] = [
  { to: '/', key: 'home', show: () => true, end: true },
  { to: '/prep', key: 'prep', show: () => true },
  { to: '/history', key: 'history', show: () => true },
  { to: '/wishes', key: 'wishes', show: () => true },
  { to: '/career', key: 'career', show: () => true },
  { to: '/interviews', key: 'interviews', show: (c) => c.interview },
  { to: '/reflection', key: 'reflection', show: (c) => c.interview },
  { to: '/rounds', key: 'rounds', show: (c) => c.manageRounds },
  { to: '/insight', key: 'insight', show: (c) => c.viewInsight },
  { to: '/placement', key: 'placement', show: (c) => c.viewInsight },
  { to: '/career-paths', key: 'careerPaths', show: (c) => c.managePlacement },
  { to: '/hiring', key: 'hiring', show: (c) => c.managePlacement },
  { to: '/templates', key: 'templates', show: (c) => c.manageForms },
  { to: '/suggestion-rules', key: 'rules', show: (c) => c.manageForms },
  { to: '/directory', key: 'directory', show: (c) => c.viewDirectory },
  { to: '/departments', key: 'departments', show: (c) => c.viewDirectory || c.manageDirectory },
  { to: '/import', key: 'import', show: (c) => c.importEmployees },
  { to: '/admin/outbox', key: 'outbox', show: (c) => c.viewOutbox },
  { to: '/admin/audit', key: 'audit', show: (c) => c.viewAudit },
  { to: '/admin/sso', key: 'sso', show: (c) => c.manageSso },
  { to: '/admin/webhooks', key: 'webhooks', show: (c) => c.manageWebhooks },
  { to: '/admin/scim', key: 'scim', show: (c) => c.manageScim },
  { to: '/admin/retention', key: 'retention', show: (c) => c.manageRetention },
  { to: '/settings', key: 'settings', show: () => true },
];

/** Header, navigation (per the `can` flags from /auth/me), and the main landmark. */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const unread = useUnread();
  // A page opened for the first time is fetched (router.tsx `page`): the current one stays, marked busy.
  const fetchingPage = useNavigation().state === 'loading';
  const firstPath = useRef(pathname);
  // On a phone the sections are behind 「メニュー」 (a disclosure: the list opens in the page's flow, no overlay).
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // A page for capabilities this person lacks (router.tsx `requires`) is not found, as the API would answer.
  const allowed = mayOpen(
    useMatches().map((m) => m.handle),
    me.can,
  );

  // After a page change, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    setMenuOpen(false);
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    const h1 = mainRef.current?.querySelector<HTMLElement>('h1');
    (h1 ?? mainRef.current)?.focus();
  }, [pathname]);

  const logout = useMutation({
    mutationFn: () => api('/auth/logout', { method: 'POST', allow401: true }),
    // A full page load: nothing of the signed-in session (cached records, drafts in memory) stays
    // in this tab, and no signed-in page ever renders without its person.
    onSettled: () => window.location.assign('/login'),
  });

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('ui.shell.skip')}
      </a>
      <header className="header">
        <div className="header__top">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <div className="header__user">
            <Link to="/notifications" className="bell">
              {t('ui.nav.notifications')}
              {!!unread.data && (
                <span className="bell__count">
                  {unread.data}
                  <span className="visually-hidden">{t('ui.shell.unreadCount')}</span>
                </span>
              )}
            </Link>
            <span className="header__name">{formatName(me)}</span>
            <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
              {t('ui.shell.logout')}
            </Button>
          </div>
        </div>
        <nav
          className={`nav${menuOpen ? ' nav--open' : ''}`}
          aria-label={t('ui.shell.navLabel')}
          onKeyDown={(e) => {
            // Escape closes the menu from anywhere in it and gives focus back to its button.
            if (e.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            menuButton.current?.focus();
          }}
        >
          <button
            ref={menuButton}
            type="button"
            className="nav__toggle"
            aria-expanded={menuOpen}
            aria-controls="nav-sections"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="nav__icon" aria-hidden="true" />
            {t('ui.shell.menu')}
          </button>
          <ul id="nav-sections">
            {NAV.filter((n) => n.show(me.can)).map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.end}>
                  {t(`ui.nav.${n.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} aria-busy={fetchingPage || undefined}>
        {allowed ? <Outlet /> : <NotFound />}
      </main>
    </div>
  );
}

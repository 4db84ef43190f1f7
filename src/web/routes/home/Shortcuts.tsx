import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../session';
import type { Can } from '../../types';

type Card = { key: string; to: (me: { id: string }) => string; show: (can: Can) => boolean };

/**
 * Every page this person may open, as before the to-do list: nothing the home page used to offer is lost. A section,
 * not a second <nav>: the header's navigation stays the one landmark of that name.
 */
const CARDS: readonly Card[] = [
  { key: 'prep', to: () => '/prep', show: () => true },
  { key: 'skills', to: () => '/skills', show: () => true },
  { key: 'history', to: () => '/history', show: () => true },
  { key: 'wishes', to: () => '/wishes', show: () => true },
  { key: 'interviews', to: () => '/interviews', show: (c) => c.interview },
  { key: 'rounds', to: () => '/rounds', show: (c) => c.manageRounds },
  { key: 'insight', to: () => '/insight', show: (c) => c.viewInsight },
  { key: 'placement', to: () => '/placement', show: (c) => c.viewInsight },
  { key: 'templates', to: () => '/templates', show: (c) => c.manageForms },
  { key: 'questions', to: () => '/questions', show: (c) => c.manageForms },
  { key: 'rules', to: () => '/suggestion-rules', show: (c) => c.manageForms },
  { key: 'profile', to: (me) => `/employees/${me.id}`, show: () => true },
  { key: 'directory', to: () => '/directory', show: (c) => c.viewDirectory },
  { key: 'departments', to: () => '/departments', show: (c) => c.viewDirectory || c.manageDirectory },
  { key: 'newEmployee', to: () => '/employees/new', show: (c) => c.manageDirectory },
  { key: 'import', to: () => '/import', show: (c) => c.importEmployees },
  { key: 'outbox', to: () => '/admin/outbox', show: (c) => c.viewOutbox },
  { key: 'audit', to: () => '/admin/audit', show: (c) => c.viewAudit },
  { key: 'settings', to: () => '/settings', show: () => true },
];

export function Shortcuts() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section className="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t('home.ui.shortcuts')}</h2>
      <ul className="cards cards--compact">
        {CARDS.filter((c) => c.show(me.can)).map((c) => (
          <li key={c.key} className="card card--link">
            <h3>
              <Link to={c.to(me)}>{t(`ui.home.cards.${c.key}.title`)}</Link>
            </h3>
            <p>{t(`ui.home.cards.${c.key}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

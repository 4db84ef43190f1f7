import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One thing to do: a link to where it is done, what it is about, and whether its date has passed. */
export function TodoLine({
  to,
  title,
  meta,
  late,
  badge,
}: {
  to: string;
  title: string;
  meta?: ReactNode;
  late?: boolean;
  badge?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <li className={`todo${late ? ' todo--late' : ''}`}>
      <Link className="todo__title" to={to}>
        {title}
      </Link>
      {(late || badge) && (
        <span className="todo__badges">
          {late && <span className="badge badge--late">{t('home.ui.overdue')}</span>}
          {badge}
        </span>
      )}
      {meta && <span className="todo__meta">{meta}</span>}
    </li>
  );
}

/** The last line of a list cut short: where the rest is. */
export function MoreLine({ show, to, label }: { show: boolean; to: string; label: string }) {
  if (!show) return null;
  return (
    <li className="todo todo--more">
      <Link to={to}>{label}</Link>
    </li>
  );
}

/** A part of the home page (one role's to-dos), shown only when it has something. */
export function TodoSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card todo-section" aria-labelledby={`todo-${id}`}>
      <h2 id={`todo-${id}`}>{title}</h2>
      <ul className="todo-list">{children}</ul>
    </section>
  );
}

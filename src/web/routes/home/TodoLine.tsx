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
      {meta && <div className="todo__meta">{meta}</div>}
    </li>
  );
}

/**
 * A line's details: short parts joined by 「・」. Each part keeps together (with the 「・」 after it, so a wrapped line
 * never starts with one), so a phone breaks the line between parts — never inside 「2026年12月21日」.
 */
export function Parts({ parts }: { parts: (string | false | null | undefined)[] }) {
  const { t } = useTranslation();
  const shown = parts.filter((p): p is string => !!p);
  return (
    <span className="parts">
      {shown.map((p, i) => (
        // The parts of one line differ from one another (each names its step or date).
        <span key={p} className="parts__part">
          {p}
          {i < shown.length - 1 && t('home.ui.separator')}
        </span>
      ))}
    </span>
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

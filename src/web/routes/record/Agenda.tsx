import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/forms';
import type { AgendaItem } from './types';

type Props = {
  items: AgendaItem[];
  onChange: (next: AgendaItem[]) => void;
  /** What "build the agenda" fills in: themes, the sheet's sections, the carried plan, closing. */
  defaults: () => AgendaItem[];
  readOnly: boolean;
};

const move = <T,>(list: T[], from: number, to: number): T[] => {
  const next = [...list];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x!);
  return next;
};

/** The agenda: built from the round's themes, the sheet, the last plan and chosen questions; reorder and tick off. */
export function Agenda({ items, onChange, defaults, readOnly }: Props) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState('');
  const done = items.filter((i) => i.done).length;
  const add = () => {
    const label = custom.trim();
    if (!label) return;
    onChange([...items, { id: `c:${Date.now().toString(36)}`, kind: 'custom', label, done: false }]);
    setCustom('');
  };
  return (
    <section className="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">
        {t('record.ui.agenda.title')}{' '}
        {items.length > 0 && <span className="muted">({t('record.ui.agenda.progress', { done, total: items.length })})</span>}
      </h2>
      {items.length === 0 ? (
        <>
          <p className="muted">{t('record.ui.agenda.empty')}</p>
          {!readOnly && (
            <Button variant="primary" onClick={() => onChange(defaults())}>
              {t('record.ui.agenda.build')}
            </Button>
          )}
        </>
      ) : (
        <ol className="agenda__list">
          {items.map((item, i) => (
            <li key={item.id} className={item.done ? 'agenda__item agenda__item--done' : 'agenda__item'}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={item.done}
                  disabled={readOnly}
                  onChange={(e) => onChange(items.map((x) => (x.id === item.id ? { ...x, done: e.target.checked } : x)))}
                />
                <span>
                  <span className={`tag tag--${item.kind}`}>{t(`record.ui.agenda.kinds.${item.kind}`)}</span> {item.label}
                </span>
              </label>
              {!readOnly && (
                <span className="agenda__tools">
                  <button
                    type="button"
                    className="btn btn--link"
                    disabled={i === 0}
                    onClick={() => onChange(move(items, i, i - 1))}
                    aria-label={t('record.ui.agenda.up', { item: item.label })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn btn--link"
                    disabled={i === items.length - 1}
                    onClick={() => onChange(move(items, i, i + 1))}
                    aria-label={t('record.ui.agenda.down', { item: item.label })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn--link"
                    onClick={() => onChange(items.filter((x) => x.id !== item.id))}
                    aria-label={t('record.ui.agenda.remove', { item: item.label })}
                  >
                    ×
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <label className="visually-hidden" htmlFor="agenda-custom">
            {t('record.ui.agenda.customLabel')}
          </label>
          <input
            id="agenda-custom"
            value={custom}
            maxLength={300}
            placeholder={t('record.ui.agenda.customLabel')}
            onChange={(e) => setCustom(e.target.value)}
          />
          <Button type="submit" disabled={!custom.trim()}>
            {t('record.ui.agenda.add')}
          </Button>
        </form>
      )}
    </section>
  );
}

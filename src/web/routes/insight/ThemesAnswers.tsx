import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatName, formatNumber } from '../../../domain/shared/format';
import { api } from '../../api';
import type { Schemas } from '../../api-contract';
import { Alert, Button } from '../../components/forms';
import { Empty, Loading } from '../../components/status';
import { currentLocale } from '../../i18n';

type Answers = Schemas['ThemeAnswers'];
type Answer = Schemas['ThemeAnswer'];

/** The text as React text nodes with the word's occurrences in <mark>: what people wrote is never HTML. */
function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: { text: string; mark: boolean; at: number }[] = [];
  let at = 0;
  for (const [from, to] of ranges) {
    if (from < at) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false, at });
    parts.push({ text: text.slice(from, to), mark: true, at: from });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false, at });
  return <p className="pre-line">{parts.map((p) => (p.mark ? <mark key={p.at}>{p.text}</mark> : <span key={p.at}>{p.text}</span>))}</p>;
}

/** The answers behind one word, as this reader may read them, a page at a time. */
export function ThemesAnswers({
  roundId,
  word,
  page,
  onPage,
  onClose,
}: {
  roundId: string;
  word: string;
  page: number;
  onPage: (page: number) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const q = useQuery({
    queryKey: ['themes-answers', roundId, word, page],
    queryFn: () => api<Answers>(`/insight/themes/${roundId}/answers?word=${encodeURIComponent(word)}&page=${page}`),
    placeholderData: keepPreviousData,
  });
  // Opening a word (or another page) takes keyboard and screen-reader users to what opened.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is about word and page changing, not about reading them.
  useEffect(() => {
    heading.current?.focus();
  }, [word, page]);
  const label = q.data?.word === word ? q.data.label : word;
  const dept = (a: Answer) =>
    a.department ? (i18n.language === 'en' && a.department.nameEn ? a.department.nameEn : a.department.name) : t('themes.ui.noDepartment');
  return (
    <section className="card" aria-labelledby="themes-answers-title">
      <div className="builder__head">
        <h2 id="themes-answers-title" ref={heading} tabIndex={-1}>
          {t('themes.ui.drillTitle', { word: label })}
        </h2>
        <Button onClick={onClose}>{t('themes.ui.close')}</Button>
      </div>
      {q.error && <Alert kind="error">{q.error.message}</Alert>}
      {!q.data ? (
        !q.error && <Loading />
      ) : (
        <>
          <p className="lead">{t('themes.ui.drillLead', { n: formatNumber(q.data.people, locale) })}</p>
          {q.data.items.length === 0 ? (
            <Empty>{t('themes.ui.drillEmpty')}</Empty>
          ) : (
            <ul className="notes" aria-busy={q.isFetching || undefined}>
              {q.data.items.map((a) => (
                <li key={`${a.interviewId}:${a.kind}:${a.field.id}`} className={`answer${a.hrOnly ? ' answer--hr-only' : ''}`}>
                  <p className="note__meta">
                    <Link to={`/interviews/${a.interviewId}`}>{formatName(a.employee)}</Link> <span className="muted">{dept(a)}</span>
                  </p>
                  <p className="note__meta muted">
                    {a.kind === 'sheet' ? t('themes.ui.sheet') : t('themes.ui.survey')} ・ {a.field.label}{' '}
                    {a.hrOnly && <span className="badge badge--hr-only">{t('themes.ui.hrOnly')}</span>}
                  </p>
                  <Highlighted text={a.text} ranges={a.highlights} />
                </li>
              ))}
            </ul>
          )}
          {(page > 1 || q.data.hasMore) && (
            <nav className="pagination" aria-label={t('themes.ui.pages')}>
              <p className="pagination__summary" aria-live="polite">
                {t('themes.ui.pageN', { page: formatNumber(page, locale) })}
              </p>
              <div className="pagination__buttons">
                <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
                  {t('themes.ui.prev')}
                </Button>
                <Button onClick={() => onPage(page + 1)} disabled={!q.data.hasMore}>
                  {t('themes.ui.next')}
                </Button>
              </div>
            </nav>
          )}
        </>
      )}
    </section>
  );
}

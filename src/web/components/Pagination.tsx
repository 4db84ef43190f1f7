import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatNumber, pageRange } from '../../domain/shared/format';
import { Button } from './forms';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** The server stopped counting at `total` (see COUNT_CAP): say "or more", offer no page beyond it. */
  totalCapped?: boolean;
  onPage: (page: number) => void;
};

/** 「全1,234件中 1〜50件」 with 「前へ」「次へ」 — the buttons only when there is more than one page. */
export function Pagination({ page, pageSize, total, totalCapped, onPage }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { from, to } = pageRange(page, pageSize, total);
  const last = Math.max(1, Math.ceil(total / pageSize));
  const n = (x: number) => formatNumber(x, locale);
  return (
    <nav className="pagination" aria-label={t('ui.pagination.label')}>
      <p className="pagination__summary" aria-live="polite">
        {t(totalCapped ? 'ui.pagination.summaryCapped' : 'ui.pagination.summary', { total: n(total), from: n(from), to: n(to) })}
      </p>
      {(last > 1 || totalCapped) && (
        <div className="pagination__buttons">
          <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
            {t('ui.pagination.prev')}
          </Button>
          <span className="pagination__page">{t('ui.pagination.pageOf', { page: n(page), pages: n(last) })}</span>
          <Button onClick={() => onPage(page + 1)} disabled={page >= last}>
            {t('ui.pagination.next')}
          </Button>
        </div>
      )}
    </nav>
  );
}

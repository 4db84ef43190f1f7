import { useTranslation } from 'react-i18next';
import { PageHeader, usePageTitle } from '../../components/status';

/** Placeholder page, replaced by its feature. */
export function TrendsPage() {
  const { t } = useTranslation();
  usePageTitle(t('trends.ui.title'));
  return (
    <section className="page">
      <PageHeader title={t('trends.ui.title')} />
    </section>
  );
}

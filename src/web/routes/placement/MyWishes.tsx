import { useTranslation } from 'react-i18next';
import { PageHeader, usePageTitle } from '../../components/status';

/** Placeholder page, replaced by its feature. */
export function MyWishesPage() {
  const { t } = useTranslation();
  usePageTitle(t('placement.ui.title'));
  return (
    <section className="page">
      <PageHeader title={t('placement.ui.title')} />
    </section>
  );
}

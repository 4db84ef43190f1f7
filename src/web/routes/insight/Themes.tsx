import { useTranslation } from 'react-i18next';
import { PageHeader, usePageTitle } from '../../components/status';

/** Placeholder page, replaced by its feature. */
export function ThemesPage() {
  const { t } = useTranslation();
  usePageTitle(t('themes.ui.title'));
  return (
    <section className="page">
      <PageHeader title={t('themes.ui.title')} />
    </section>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button } from '../../components/forms';
import { downloadFrom } from './download';

/** 設定 → 自分のデータ: the employee's own download (JSON) and the printable view (HTML, A4). */
export function MyDataCard() {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: () => downloadFrom('/me/data-export') });
  return (
    <section className="card" aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t('rights.self.title')}</h2>
      <p>{t('rights.self.lead')}</p>
      {download.error && <Alert kind="error">{t('rights.self.failed')}</Alert>}
      <div className="actions actions--inline">
        <Button variant="primary" onClick={() => download.mutate()} busy={download.isPending}>
          {t('rights.self.download')}
        </Button>
        <Link className="btn btn--secondary" to="/my-data">
          {t('rights.self.view')}
        </Link>
      </div>
    </section>
  );
}
